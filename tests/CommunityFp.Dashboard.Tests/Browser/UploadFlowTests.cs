using CommunityFp.Dashboard.Tests.Uploads;
using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>A district office uploads a file on the upload page, as a person does, and reads the load report.</summary>
[Collection(UploadCollection.Name)]
public sealed class UploadFlowTests(UploadWorld world, BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = world.Factory.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        _context.SetDefaultTimeout(30_000);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task A_district_office_uploads_a_damaged_export_and_reads_why_it_was_refused()
    {
        await _page.GotoAsync("upload");
        await _page.WaitForURLAsync("**/account/login**");
        await _page.FillAsync("#userName", world.Scope);
        await _page.FillAsync("#password", $"demo-{world.Scope}");
        await _page.ClickAsync("[data-testid=sign-in]");
        await _page.Locator("#cfp-app[data-interactive=true]").WaitForAsync();
        await _page.Locator("[data-testid=upload-form]").WaitForAsync();

        var zip = UploadWorld.Zip(world.FebruaryBatch);
        await _page.SetInputFilesAsync("#cfp-batch", new FilePayload { Name = "damaged.zip", MimeType = "application/zip", Buffer = zip[..(zip.Length / 2)] });
        await _page.ClickAsync("[data-testid=upload-submit]");
        await _page.WaitForURLAsync("**/upload?report=*");
        await _page.Locator("[data-testid=upload-report][data-outcome=Refused]").WaitForAsync();
        Assert.StartsWith("damaged.zip: ", await _page.Locator("[data-testid=upload-reason]").InnerTextAsync(), StringComparison.Ordinal);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(browser.Screenshots, "upload-refused.png"), FullPage = true });
    }
}
