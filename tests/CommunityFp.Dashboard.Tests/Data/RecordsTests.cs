using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Tests.Data;

public sealed class RecordsTests
{
    private static readonly IndicatorInfo Births = new("births", "出生数", "Births", "count", 1, null);
    private static readonly OrgUnit Street = new("220202001", "延安街道", 3, "220202");

    [Theory]
    [InlineData(18.0, 15.0, 3.0)]
    [InlineData(12.0, 15.0, -3.0)]
    [InlineData(18.0, null, null)]
    [InlineData(null, 15.0, null)]
    public void A_headlines_change_is_this_year_minus_the_previous_and_unknown_when_either_is_missing(double? now, double? before, double? change) =>
        Assert.Equal(change, new Headline(Births, now, before).Change);

    [Fact]
    public void A_population_balance_balances_when_start_plus_entries_minus_exits_is_the_end()
    {
        Assert.True(new PopulationBalance(Street, "2007", 1076, 1055, [], 37, [], 58).Balances);
        Assert.False(new PopulationBalance(Street, "2007", 1076, 1056, [], 37, [], 58).Balances);
    }

    [Fact]
    public void A_territory_contains_its_root_and_what_lies_under_it_only()
    {
        var street = new Territory("220202001");
        Assert.True(street.Contains("220202001"));
        Assert.True(street.Contains("220202001003"));
        Assert.False(street.Contains("220202002"));
        Assert.False(street.Contains("220202"));
        Assert.False(Territory.None.Contains("2202"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2202' or '1'='1")]
    public void A_malformed_territory_claim_gives_no_territory(string claim)
    {
        var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(Territory.ClaimType, claim)], "test"));
        Assert.Equal(Territory.None, Territory.Of(user));
    }
}
