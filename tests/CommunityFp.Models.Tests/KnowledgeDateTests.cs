using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// As known at a date: the March batch is exported on 3 April with a birth missing its certificate number, and
/// corrected by a re-export on 20 April. Built as known at 10 April the birth has no certificate; as known at
/// 25 April (or with everything loaded) it has its valid certificate.
/// </summary>
public sealed class KnowledgeDateTests : IDisposable
{
    private static readonly DateOnly Correction = D("2007-04-20");

    private readonly FixtureWarehouse _warehouse = FixtureWarehouse.Build(new FixtureWorld("2007-01-31", "2007-03-31")
        .Version("2007-03-31", "2007-04-20")
        .Woman("km")
        .Certificate("kc1", 1, "km", "2006-06-01")
        .Birth("k1", "km", "2007-03-05", when: v => v.AsOf >= D("2007-03-31") && v.ExportedOn < Correction)
        .Birth("k1", "km", "2007-03-05", certificate: "kc1", when: v => v.AsOf >= D("2007-03-31") && v.ExportedOn >= Correction));

    [Fact]
    public void Before_the_correction_the_birth_has_no_certificate()
    {
        _warehouse.Rebuild("2007-04-10");
        Assert.Equal((0.0, (double?)1.0), _warehouse.Fraction("policy_compliant_birth_rate", C1, "2007-03"));
    }

    [Fact]
    public void After_the_correction_the_birth_has_its_certificate()
    {
        _warehouse.Rebuild("2007-04-25");
        Assert.Equal((1.0, (double?)1.0), _warehouse.Fraction("policy_compliant_birth_rate", C1, "2007-03"));
        _warehouse.Rebuild(null);
        Assert.Equal((1.0, (double?)1.0), _warehouse.Fraction("policy_compliant_birth_rate", C1, "2007-03"));
    }

    [Fact]
    public void Before_the_first_export_of_a_month_its_periods_are_not_reported()
    {
        _warehouse.Rebuild("2007-03-31");
        Assert.Null(_warehouse.Get("policy_compliant_birth_rate", C1, "2007-03"));
        Assert.NotNull(_warehouse.Get("policy_compliant_birth_rate", C1, "2007-02"));
    }

    public void Dispose() => _warehouse.Dispose();
}
