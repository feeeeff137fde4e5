using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// Births in February 2007 in community C1 (batches 2006-12-31 to 2007-04-30), each with the certificate case its
/// id names: certificate validity (type, holder, expiry, birth order), early pregnancy registration, post-partum
/// visits and a birth deleted at the source.
/// </summary>
public sealed class BirthWorld : IDisposable
{
    internal FixtureWarehouse Warehouse { get; } = FixtureWarehouse.Build(Births(new FixtureWorld("2006-12-31", "2007-04-30")));

    private static FixtureWorld Births(FixtureWorld world)
    {
        foreach (var mother in new[] { "mo1", "mo2", "mo3", "mo4", "mo5", "mo6", "mo7", "mo8", "mo9", "mo10", "mo11", "mo12", "mo13" })
            world.Woman(mother);
        world.Resident("fa3", 1).Resident("other", 1).Woman("other2");
        return world
            .Certificate("c1", 1, "mo1", "2006-06-01").Birth("b1_first_type1", "mo1", "2007-02-10", 1, "c1")
            .Certificate("c2", 1, "mo2", "2006-06-01").Birth("b2_second_type1", "mo2", "2007-02-10", 2, "c2")
            .Certificate("c13", 1, "mo13", "2006-06-01").Birth("b13_third_type1", "mo13", "2007-02-10", 3, "c13")
            .Certificate("c3", 2, "fa3", "2006-06-01").Birth("b3_second_type2_father", "mo3", "2007-02-10", 2, "c3", father: "fa3")
            .Certificate("c4", 1, "other", "2006-06-01", spouse: "mo4").Birth("b4_spouse_is_mother", "mo4", "2007-02-10", 1, "c4")
            .Certificate("c5", 1, "other", "2006-06-01", spouse: "other2").Birth("b5_not_the_parents", "mo5", "2007-02-10", 1, "c5")
            .Certificate("c6", 1, "mo6", "2006-06-01", validUntil: "2007-02-09").Birth("b6_expired_the_day_before", "mo6", "2007-02-10", 1, "c6")
            .Certificate("c7", 1, "mo7", "2006-06-01", validUntil: "2007-02-10").Birth("b7_valid_until_birth_day", "mo7", "2007-02-10", 1, "c7")
            .Certificate("c8", 1, "mo8", "2007-02-11").Birth("b8_issued_after_birth", "mo8", "2007-02-10", 1, "c8")
            .Birth("b9_third_without_certificate", "mo9", "2007-02-10", 3)
            .Certificate("c10", 2, "mo10", "2006-06-01").Birth("b10_third_type2", "mo10", "2007-02-10", 3, "c10")
            .Certificate("c11", 3, "mo11", "2006-06-01").Birth("b11_honour_certificate", "mo11", "2007-02-10", 1, "c11")
            // present in the February batch only: deleted at the source in March, so it never counts
            .Birth("b12_deleted", "mo12", "2007-02-20", 1, when: v => v.AsOf == D("2007-02-28"))
            // early pregnancy registration: exactly 180 days before the birth counts, 179 does not
            .Add("pregnancies", new { pregnancy_id = "p1", woman_id = "mo1", registered_date = "2006-08-14", outcome = 1, outcome_date = "2007-02-10", birth_id = "b1_first_type1" })
            .Add("pregnancies", new { pregnancy_id = "p3", woman_id = "mo3", registered_date = "2006-08-15", outcome = 1, outcome_date = "2007-02-10", birth_id = "b3_second_type2_father" })
            // post-partum visits: on day 28 counts; day 29 does not; a visit not reached does not
            .Visit("pp1", "mo1", "2007-03-10", type: 2)
            .Visit("pp3", "mo3", "2007-03-11", type: 2)
            .Visit("pp4", "mo4", "2007-02-12", type: 2, result: 4);
    }

    public void Dispose() => Warehouse.Dispose();
}

public sealed class BirthTests(BirthWorld world) : IClassFixture<BirthWorld>
{
    private readonly FixtureWarehouse _warehouse = world.Warehouse;

    [Fact]
    public void The_fixture_loads_without_row_errors() => Assert.Equal(0, _warehouse.QuarantinedRows);

    [Theory]
    [InlineData("b1_first_type1", true)]
    [InlineData("b2_second_type1", false)]
    [InlineData("b13_third_type1", false)]
    [InlineData("b3_second_type2_father", true)]
    [InlineData("b4_spouse_is_mother", true)]
    [InlineData("b5_not_the_parents", false)]
    [InlineData("b6_expired_the_day_before", false)]
    [InlineData("b7_valid_until_birth_day", true)]
    [InlineData("b8_issued_after_birth", false)]
    [InlineData("b9_third_without_certificate", false)]
    [InlineData("b10_third_type2", true)]
    [InlineData("b11_honour_certificate", false)]
    public void Certificate_validity(string birth, bool valid) =>
        Assert.Equal(valid, (bool)_warehouse.Query($"select has_valid_certificate from core_birth_checks where birth_id = '{birth}'").Single()[0]!);

    [Fact]
    public void Policy_compliant_births_of_February()
    {
        // 5 valid of 12; the deleted birth counts nowhere
        Assert.Equal((5.0, (double?)12.0), _warehouse.Fraction("policy_compliant_birth_rate", C1, "2007-02"));
        Assert.Equal((5.0, (double?)12.0), _warehouse.Fraction("policy_compliant_birth_rate", City, "2007-02"));
    }

    [Fact]
    public void Third_births_without_a_valid_certificate_are_counted() =>
        Assert.Equal((2.0, (double?)null), _warehouse.Fraction("third_plus_births_without_certificate", C1, "2007-02"));

    [Fact]
    public void A_birth_deleted_at_the_source_is_not_counted()
    {
        Assert.Empty(_warehouse.Query("select * from core_birth_checks where birth_id = 'b12_deleted'"));
        Assert.Equal(12.0, _warehouse.Fraction("births", C1, "2007-02").Numerator);
    }

    [Fact]
    public void Early_registration_needs_180_days() =>
        Assert.Equal((1.0, (double?)12.0), _warehouse.Fraction("early_pregnancy_registration_rate", C1, "2007-02"));

    [Fact]
    public void A_postpartum_visit_counts_up_to_28_days_after_the_birth() =>
        Assert.Equal((1.0, (double?)12.0), _warehouse.Fraction("postpartum_visit_rate", C1, "2007-02"));

    [Fact]
    public void A_month_without_births_has_no_value()
    {
        var march = _warehouse.Get("policy_compliant_birth_rate", C1, "2007-03")!;
        Assert.Equal(0.0, march.Denominator);
        Assert.Null(march.Value);
        Assert.Null(march.CiLow);
    }
}
