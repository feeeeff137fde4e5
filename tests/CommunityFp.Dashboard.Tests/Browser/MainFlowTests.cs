using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>The main flows as a person does them, in a real browser: sign in, open a view by its URL, switch language.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class MainFlowTests(DashboardFixture fixture, BrowserFixture browser) 
    : BrowserSession(browser, fixture.Factory.BaseAddress), IClassFixture<BrowserFixture>
{

    [Fact]
    public async Task A_street_user_signs_in_opens_trends_for_a_unit_by_url_and_switches_to_english()
    {
        var street = "220202001";
        var community = fixture.Warehouse.Communities[street][0].Code;
        await SignInThrough($"trends?indicator=births&units={street},{community}&period=month", street);

        Assert.Contains($"units={street}", Page.Url, StringComparison.Ordinal);
        var chart = Page.Locator("[data-testid=trend-chart] img");
        await chart.WaitForAsync();
        Assert.StartsWith("data:image/png;base64,", await chart.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.StartsWith("折线图", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
        Assert.StartsWith("出生数：", await Page.Locator("[data-testid=chart-title]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the chart image did not load");
        await Screenshot("trends-zh");

        await Page.ClickAsync("[data-testid=language-switch]");
        await Page.Locator("html[lang=en]").WaitForAsync();
        await WaitInteractive();
        Assert.Contains($"units={street}", Page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Births:", await Page.Locator("[data-testid=chart-title]").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot("trends-en");
    }

    [Fact]
    public async Task A_city_user_drills_down_the_scorecard_from_the_district_to_a_street()
    {
        var district = fixture.Warehouse.District;
        await SignInThrough($"scorecard?unit={district}&period=2007", "city");
        await Page.Locator("[data-testid=scorecard-table]").WaitForAsync();
        await Screenshot("scorecard-district");

        var street = fixture.Warehouse.Streets[0];
        await Page.ClickAsync($"tr[data-org='{street}'] [data-testid=drill]");
        await WaitForUrl($"**/scorecard?unit={street}**");
        await Page.Locator($"tr.cfp-total[data-org='{street}']").WaitForAsync();
        var rows = await Page.Locator("[data-testid=scorecard-table] tbody tr").CountAsync();
        Assert.Equal(1 + fixture.Warehouse.Communities[street].Count, rows);

        await Page.ClickAsync("[data-testid=sort-births]");
        await WaitForUrl("**sort=births**");
        await Page.Locator("th[aria-sort=descending] [data-testid=sort-births]").WaitForAsync();
        var ranks = await Page.Locator("[data-testid=rank]").AllInnerTextsAsync();
        Assert.Equal("1", ranks[1].Trim());
        await Screenshot("scorecard-street-sorted");
    }

    [Fact]
    public async Task The_overview_and_populationPages_show_their_figures()
    {
        await SignInThrough("", "city");
        await Page.Locator("[data-testid=headline-population]").WaitForAsync();
        Assert.NotEqual("—", await Page.Locator("[data-testid=headline-population]").InnerTextAsync());
        await Screenshot("overview");

        await Page.GotoAsync($"population?unit={fixture.Warehouse.Streets[0]}&period=2007");
        await WaitInteractive();
        await Page.Locator("[data-testid=population-balance]").WaitForAsync();
        await Screenshot("population");

        await Page.ClickAsync("[data-testid=sign-out]");
        await WaitForUrl("**/account/login**");
        await Page.GotoAsync("scorecard");
        await WaitForUrl("**/account/login**");
    }
}
