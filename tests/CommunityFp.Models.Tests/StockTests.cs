using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// Stocks at the period end (batches 2006-12-31 to 2007-03-31): contraceptive use of married women of
/// childbearing age, exact ages (a 29 February birthday), floating residents' certificate checks, and a move
/// between two communities of one street.
/// </summary>
public sealed class StockWorld : IDisposable
{
    internal FixtureWarehouse Warehouse { get; } = FixtureWarehouse.Build(new FixtureWorld("2006-12-31", "2007-03-31")
        // a1 born 29 Feb 1992: 15 only from 1 March 2007
        .Woman("a1", birthDate: "1992-02-29").Measure("ma1", "a1", 1, "2006-06-01")
        .Woman("a2", birthDate: "1970-05-05").Measure("ma2", "a2", 1, "2005-01-01")
        // a3: pill ending on 31 March: active at the end of February, not at the end of March
        .Woman("a3", birthDate: "1975-05-05").Measure("ma3", "a3", 6, "2006-01-01", end: "2007-03-31")
        // a4: two active measures: one user, two measures, not long-acting
        .Woman("a4", birthDate: "1975-05-05").Measure("ma4a", "a4", 6, "2006-01-01").Measure("ma4b", "a4", 7, "2006-01-01")
        .Woman("a5", birthDate: "1975-05-05")
        // a6 never married: not in the denominator, her measure not in the mix
        .Woman("a6", marital: 10).Measure("ma6", "a6", 6, "2006-01-01")
        // floating residents (hukou 3): f1 turns 18 on 1 March 2007 and is checked on 15 March
        .Woman("f1", hukou: 3, marital: 10, birthDate: "1989-03-01", community: C3)
        .Add("floating_checks", new { check_id = "k1", resident_id = "f1", check_date = "2007-03-15", checked_by = 2, certificate_status = 1 })
        // f2 checked on 1 March 2006: inside (28 Feb 2006, 28 Feb 2007], outside (31 Mar 2006, 31 Mar 2007]
        .Resident("f2", 1, hukou: 3, birthDate: "1980-01-01", community: C3)
        .Add("floating_checks", new { check_id = "k2", resident_id = "f2", check_date = "2006-03-01", checked_by = 1, certificate_status = 1 })
        // f3: checked, but the certificate had expired
        .Resident("f3", 1, hukou: 3, birthDate: "1980-01-01", community: C3)
        .Add("floating_checks", new { check_id = "k3", resident_id = "f3", check_date = "2007-01-20", checked_by = 1, certificate_status = 2 })
        // r1 moves from C1 to C2 (same street) in March
        .Resident("r1", 1, community: C1, when: v => v.AsOf < D("2007-03-31"))
        .Resident("r1", 1, community: C2, when: v => v.AsOf >= D("2007-03-31")));

    public void Dispose() => Warehouse.Dispose();
}

public sealed class StockTests(StockWorld world) : IClassFixture<StockWorld>
{
    private readonly FixtureWarehouse _warehouse = world.Warehouse;

    private (double, double?) F(string indicator, string org, string period) => _warehouse.Fraction(indicator, org, period);

    [Fact]
    public void The_fixture_loads_without_row_errors() => Assert.Equal(0, _warehouse.QuarantinedRows);

    [Fact]
    public void A_29_February_birthday_is_reached_on_1_March_in_a_common_year()
    {
        Assert.Equal(4.0, F("married_wcba", C1, "2007-02").Item1);
        Assert.Equal(5.0, F("married_wcba", C1, "2007-03").Item1);
    }

    [Fact]
    public void Contraceptive_prevalence_counts_women_with_a_measure_active_at_the_period_end()
    {
        Assert.Equal((3.0, 4.0), F("contraceptive_prevalence", C1, "2007-02"));
        // a1 joins (aged 15), a3's pill ended on the period end
        Assert.Equal((3.0, 5.0), F("contraceptive_prevalence", C1, "2007-03"));
    }

    [Fact]
    public void Method_mix_counts_active_measures_of_married_women()
    {
        Assert.Equal((1.0, 4.0), F("method_mix_iud", C1, "2007-02"));
        Assert.Equal((2.0, 4.0), F("method_mix_oral_pill", C1, "2007-02"));
        Assert.Equal((1.0, 4.0), F("method_mix_condom", C1, "2007-02"));
        Assert.Equal((2.0, 4.0), F("method_mix_iud", C1, "2007-03"));
        Assert.Equal((0.0, 4.0), F("method_mix_implant", C1, "2007-03"));
    }

    [Fact]
    public void Long_acting_share_is_over_users()
    {
        Assert.Equal((1.0, 3.0), F("long_acting_share", C1, "2007-02"));
        Assert.Equal((2.0, 3.0), F("long_acting_share", C1, "2007-03"));
    }

    [Fact]
    public void Floating_certificate_checks_look_back_12_months_from_the_period_end()
    {
        Assert.Equal((1.0, 2.0), F("floating_certificate_check_rate", C3, "2007-02"));
        Assert.Equal((1.0, 3.0), F("floating_certificate_check_rate", C3, "2007-03"));
    }

    [Fact]
    public void A_move_within_a_street_is_a_flow_of_the_communities_but_not_of_the_street()
    {
        Assert.Equal(1.0, F("entries_moved_within", C2, "2007-03").Item1);
        Assert.Equal(1.0, F("exits_moved_within", C1, "2007-03").Item1);
        Assert.Equal(0.0, F("entries", Street1, "2007-03").Item1);
        Assert.Equal(0.0, F("exits", Street1, "2007-03").Item1);
        Assert.Equal(F("population", Street1, "2007-02").Item1, F("population", Street1, "2007-03").Item1);
    }
}
