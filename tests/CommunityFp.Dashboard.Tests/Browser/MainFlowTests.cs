using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>The main flows as a person does them, in a real browser: sign in, open a view by its URL, switch language.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class MainFlowTests(DashboardFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const float Timeout = 30_000;
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Factory.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _context.SetDefaultTimeout(Timeout);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    /// <summary>Follows a link to the sign-in page, signs in, and waits until the page it returns to is interactive.</summary>
    private async Task SignInThrough(string url, string userName)
    {
        await _page.GotoAsync(url);
        await _page.WaitForURLAsync("**/account/login**");
        await _page.FillAsync("#userName", userName);
        await _page.FillAsync("#password", $"demo-{userName}");
        await _page.ClickAsync("[data-testid=sign-in]");
        await WaitInteractive();
    }

    /// <summary>Clicks are lost until the circuit connects: the layout sets this marker after its first interactive render.</summary>
    private Task WaitInteractive() => _page.Locator("#cfp-app[data-interactive=true]").WaitForAsync();

    private Task Screenshot(string name) =>
        _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_street_user_signs_in_opens_trends_for_a_unit_by_url_and_switches_to_english()
    {
        var street = "220202001";
        var community = fixture.Warehouse.Communities[street][0].Code;
        await SignInThrough($"trends?indicator=births&units={street},{community}&period=month", street);

        Assert.Contains($"units={street}", _page.Url, StringComparison.Ordinal);
        var chart = _page.Locator("[data-testid=trend-chart] img");
        await chart.WaitForAsync();
        Assert.StartsWith("data:image/png;base64,", await chart.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.StartsWith("折线图", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
        Assert.StartsWith("出生数：", await _page.Locator("[data-testid=chart-title]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the chart image did not load");
        await Screenshot("trends-zh");

        await _page.ClickAsync("[data-testid=language-switch]");
        await _page.Locator("html[lang=en]").WaitForAsync();
        await WaitInteractive();
        Assert.Contains($"units={street}", _page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Births:", await _page.Locator("[data-testid=chart-title]").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot("trends-en");
    }

    [Fact]
    public async Task A_city_user_drills_down_the_scorecard_from_the_district_to_a_street()
    {
        var district = fixture.Warehouse.District;
        await SignInThrough($"scorecard?unit={district}&period=2007", "city");
        await _page.Locator("[data-testid=scorecard-table]").WaitForAsync();
        await Screenshot("scorecard-district");

        var street = fixture.Warehouse.Streets[0];
        await _page.ClickAsync($"tr[data-org='{street}'] [data-testid=drill]");
        await _page.WaitForURLAsync($"**/scorecard?unit={street}**");
        await _page.Locator($"tr.cfp-total[data-org='{street}']").WaitForAsync();
        var rows = await _page.Locator("[data-testid=scorecard-table] tbody tr").CountAsync();
        Assert.Equal(1 + fixture.Warehouse.Communities[street].Count, rows);

        await _page.ClickAsync("[data-testid=sort-births]");
        await _page.WaitForURLAsync("**sort=births**");
        await _page.Locator("th[aria-sort=descending] [data-testid=sort-births]").WaitForAsync();
        var ranks = await _page.Locator("[data-testid=rank]").AllInnerTextsAsync();
        Assert.Equal("1", ranks[1].Trim());
        await Screenshot("scorecard-street-sorted");
    }

    [Fact]
    public async Task The_overview_and_population_pages_show_their_figures()
    {
        await SignInThrough("", "city");
        await _page.Locator("[data-testid=headline-population]").WaitForAsync();
        Assert.NotEqual("—", await _page.Locator("[data-testid=headline-population]").InnerTextAsync());
        await Screenshot("overview");

        await _page.GotoAsync($"population?unit={fixture.Warehouse.Streets[0]}&period=2007");
        await WaitInteractive();
        await _page.Locator("[data-testid=population-balance]").WaitForAsync();
        await Screenshot("population");

        await _page.ClickAsync("[data-testid=sign-out]");
        await _page.WaitForURLAsync("**/account/login**");
        await _page.GotoAsync("scorecard");
        await _page.WaitForURLAsync("**/account/login**");
    }
}
