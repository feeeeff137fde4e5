using CommunityFp.Dashboard.Tests.Uploads;
using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>A district office uploads a file on the upload page, as a person does, and reads the load report.</summary>
[Collection(UploadCollection.Name)]
public sealed class UploadFlowTests(UploadWorld world, BrowserFixture browser)
    : BrowserSession(browser, world.Factory.BaseAddress), IClassFixture<BrowserFixture>
{

    [Fact]
    public async Task A_district_office_uploads_a_damaged_export_and_reads_why_it_was_refused()
    {
        await SignInThrough("upload", world.Scope);
        await Page.Locator("[data-testid=upload-form]").WaitForAsync();

        var zip = UploadWorld.Zip(world.FebruaryBatch);
        await Page.SetInputFilesAsync("#cfp-batch", new FilePayload { Name = "damaged.zip", MimeType = "application/zip", Buffer = zip[..(zip.Length / 2)] });
        await Page.ClickAsync("[data-testid=upload-submit]");
        await WaitForUrl("**/upload?report=*");
        await Page.Locator("[data-testid=upload-report][data-outcome=Refused]").WaitForAsync();
        Assert.StartsWith("damaged.zip: ", await Page.Locator("[data-testid=upload-reason]").InnerTextAsync(), StringComparison.Ordinal);
        await Screenshot("upload-refused");
    }
}
