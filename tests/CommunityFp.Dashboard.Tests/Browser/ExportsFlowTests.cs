using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>A researcher in a real browser: signs in, lands on the Exports page, downloads an Arrow stream, cannot open the scorecard.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class ExportsFlowTests(DashboardFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Factory.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        _context.SetDefaultTimeout(30_000);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task A_researcher_lands_on_the_exports_page_and_downloads_an_arrow_stream()
    {
        await _page.GotoAsync("/");
        await _page.WaitForURLAsync("**/account/login**");
        await _page.FillAsync("#userName", "researcher");
        await _page.FillAsync("#password", "demo-researcher");
        await _page.ClickAsync("[data-testid=sign-in]");
        await _page.WaitForURLAsync("**/exports");
        await _page.Locator("#cfp-app[data-interactive=true]").WaitForAsync();
        await _page.Locator("[data-testid=export-catalogue]").WaitForAsync();
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "exports-researcher.png"), FullPage = true });

        var download = await _page.RunAndWaitForDownloadAsync(() => _page.ClickAsync("tr[data-export='indicator_values'] [data-testid=download-arrows]"));
        Assert.Equal("indicator_values.arrows", download.SuggestedFilename);
        var path = Path.Combine(browser.Screenshots, "indicator_values.arrows");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        // an Arrow IPC stream starts with the continuation marker 0xFFFFFFFF and the schema message
        Assert.True(bytes.Length > 1000);
        Assert.Equal(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, bytes[..4]);

        var scorecard = await _page.GotoAsync("scorecard");
        Assert.Equal(403, scorecard!.Status);
        Assert.Equal(0, await _page.Locator("[data-testid=scorecard-table]").CountAsync());
    }
}
