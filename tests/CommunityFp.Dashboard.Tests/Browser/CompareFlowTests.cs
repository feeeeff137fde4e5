using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>A street office opens the funnel plot from the menu, turns on smoothing, and looks at data quality.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class CompareFlowTests(DashboardFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const float Timeout = 30_000;
    private const string Street = "220202001";
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

    private Task WaitInteractive() => _page.Locator("#cfp-app[data-interactive=true]").WaitForAsync();

    private Task Screenshot(string name) =>
        _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task A_street_user_opens_the_funnel_plot_and_turns_on_smoothing()
    {
        await _page.GotoAsync("");
        await _page.WaitForURLAsync("**/account/login**");
        await _page.FillAsync("#userName", Street);
        await _page.FillAsync("#password", $"demo-{Street}");
        await _page.ClickAsync("[data-testid=sign-in]");
        await WaitInteractive();

        await _page.ClickAsync("nav a[href='compare']");
        await _page.WaitForURLAsync("**/compare**");
        var chart = _page.Locator("[data-testid=funnel-chart] img");
        await chart.WaitForAsync();
        Assert.StartsWith("漏斗图 — ", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the funnel image did not load");
        var rows = await _page.Locator("[data-testid=league-table] tbody tr[data-position]").CountAsync();
        Assert.True(rows >= 2, $"{rows} communities in the league table");
        await Screenshot("compare-funnel");

        await WaitInteractive();
        await _page.GetByText("经验贝叶斯平滑").ClickAsync();
        await _page.WaitForURLAsync("**smooth=eb**");
        await _page.Locator("[data-testid=smoothed-rate]").First.WaitForAsync();
        Assert.Contains($"unit={Street}", _page.Url, StringComparison.Ordinal);
        await Screenshot("compare-smoothed");

        await _page.GotoAsync($"quality?unit={Street}&year=2007");
        await WaitInteractive();
        await _page.Locator("[data-testid=timeliness]").WaitForAsync();
        await Screenshot("quality");
    }
}
