using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>A street office opens the funnel plot from the menu, turns on smoothing, and looks at data quality.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class CompareFlowTests(DashboardFixture fixture, BrowserFixture browser) 
    : BrowserSession(browser, fixture.Factory.BaseAddress), IClassFixture<BrowserFixture>
{
    private const string Street = "220202001";

    [Fact]
    public async Task A_street_user_opens_the_funnel_plot_and_turns_on_smoothing()
    {
        await SignInThrough("", Street);

        await Page.ClickAsync("nav a[href='compare']");
        await WaitForUrl("**/compare**");
        var chart = Page.Locator("[data-testid=funnel-chart] img");
        await chart.WaitForAsync();
        Assert.StartsWith("漏斗图 — ", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the funnel image did not load");
        var rows = await Page.Locator("[data-testid=league-table] tbody tr[data-position]").CountAsync();
        Assert.True(rows >= 2, $"{rows} communities in the league table");
        await Screenshot("compare-funnel");

        await WaitInteractive();
        await Page.GetByText("经验贝叶斯平滑").ClickAsync();
        await WaitForUrl("**smooth=eb**");
        await Page.Locator("[data-testid=smoothed-rate]").First.WaitForAsync();
        Assert.Contains($"unit={Street}", Page.Url, StringComparison.Ordinal);
        await Screenshot("compare-smoothed");

        await Page.GotoAsync($"quality?unit={Street}&year=2007");
        await WaitInteractive();
        await Page.Locator("[data-testid=timeliness]").WaitForAsync();
        await Screenshot("quality");
    }
}
