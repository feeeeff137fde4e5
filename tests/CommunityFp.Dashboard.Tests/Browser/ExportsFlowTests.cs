using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>A researcher in a real browser: signs in, lands on the Exports page, downloads an Arrow stream, cannot open the scorecard.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class ExportsFlowTests(DashboardFixture fixture, BrowserFixture browser) 
    : BrowserSession(browser, fixture.Factory.BaseAddress), IClassFixture<BrowserFixture>
{
    protected override bool AcceptsDownloads => true;

    [Fact]
    public async Task A_researcher_lands_on_the_exportsPage_and_downloads_an_arrow_stream()
    {
        await SignInThrough("/", "researcher");
        await WaitForUrl("**/exports");
        await Page.Locator("[data-testid=export-catalogue]").WaitForAsync();
        await Screenshot("exports-researcher");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("tr[data-export='indicator_values'] [data-testid=download-arrows]"));
        Assert.Equal("indicator_values.arrows", download.SuggestedFilename);
        var path = Path.Combine(Screenshots, "indicator_values.arrows");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        // an Arrow IPC stream starts with the continuation marker 0xFFFFFFFF and the schema message
        Assert.True(bytes.Length > 1000);
        Assert.Equal(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, bytes[..4]);

        var scorecard = await Page.GotoAsync("scorecard");
        Assert.Equal(403, scorecard!.Status);
        Assert.Equal(0, await Page.Locator("[data-testid=scorecard-table]").CountAsync());
    }
}
