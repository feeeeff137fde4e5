namespace CommunityFp.Dashboard.Tests.Http;

/// <summary>The trends page draws the scheme's target for an assessed indicator and none for a count.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class TrendTargetTests(DashboardFixture fixture)
{
    [Fact]
    public async Task An_assessed_rate_shows_its_target_and_a_count_does_not()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var rate = await client.GetStringAsync($"trends?indicator=contraceptive_prevalence&units={fixture.Warehouse.District}&period=year");
        Assert.Contains("目标 ≥ 85%", System.Net.WebUtility.HtmlDecode(rate), StringComparison.Ordinal);
        var count = await client.GetStringAsync($"trends?indicator=births&units={fixture.Warehouse.District}&period=year");
        Assert.DoesNotContain("目标 ≥", System.Net.WebUtility.HtmlDecode(count), StringComparison.Ordinal);
    }
}
