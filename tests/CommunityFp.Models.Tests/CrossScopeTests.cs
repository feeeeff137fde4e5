using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// Two district scopes side by side (220202 and 220203): a birth's certificate is looked up in the birth's own
/// scope first, then in the other scopes; the city sums both districts.
/// </summary>
public sealed class CrossScopeTests : IDisposable
{
    private readonly FixtureWarehouse _warehouse = FixtureWarehouse.Build(
    [
        new FixtureWorld("2007-01-31", "2007-03-31")
            .Woman("mo1").Woman("mo2")
            // x1's certificate was issued by the other district (the couple married there): found there, valid
            .Birth("x1_certificate_elsewhere", "mo1", "2007-03-10", certificate: "shared1")
            // x2's number names an expired certificate of its own scope and a valid one elsewhere: its own wins
            .Certificate("shared2", 1, "mo2", "2006-01-01", validUntil: "2006-12-31")
            .Birth("x2_own_scope_first", "mo2", "2007-03-10", certificate: "shared2"),
        new FixtureWorld(OtherDistrict, "2007-01-31", "2007-03-31")
            .Certificate("shared1", 1, "mo1", "2006-01-01")
            .Certificate("shared2", 1, "mo2", "2006-01-01")
            .Woman("lw", community: OtherCommunity)
            .Birth("x3_other_district", "lw", "2007-03-12", community: OtherCommunity),
    ]);

    [Fact]
    public void A_certificate_is_found_in_another_scope_when_the_births_own_has_none() =>
        Assert.True((bool)_warehouse.Query("select has_valid_certificate from core_birth_checks where birth_id = 'x1_certificate_elsewhere'").Single()[0]!);

    [Fact]
    public void The_births_own_scope_is_looked_up_first() =>
        Assert.False((bool)_warehouse.Query("select has_valid_certificate from core_birth_checks where birth_id = 'x2_own_scope_first'").Single()[0]!);

    [Fact]
    public void The_city_sums_both_districts()
    {
        Assert.Equal(0, _warehouse.QuarantinedRows);
        Assert.Equal((1.0, (double?)2.0), _warehouse.Fraction("policy_compliant_birth_rate", District, "2007-03"));
        Assert.Equal((0.0, (double?)1.0), _warehouse.Fraction("policy_compliant_birth_rate", OtherDistrict, "2007-03"));
        Assert.Equal((1.0, (double?)3.0), _warehouse.Fraction("policy_compliant_birth_rate", City, "2007-03"));
    }

    public void Dispose() => _warehouse.Dispose();
}
