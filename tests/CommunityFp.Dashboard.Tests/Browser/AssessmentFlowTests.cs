using Microsoft.Playwright;

namespace CommunityFp.Dashboard.Tests.Browser;

/// <summary>
/// The assessment flows in a real browser: drill to a community and open its assessment, follow its veto to the
/// veto review, and print the district's report (print media: no app bar, headers repeat).
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class AssessmentFlowTests(DashboardFixture fixture, BrowserFixture browser) 
    : BrowserSession(browser, fixture.Factory.BaseAddress), IClassFixture<BrowserFixture>
{
    private TinyWarehouse World => fixture.Warehouse;

    [Fact]
    public async Task A_city_user_drills_to_a_community_and_opens_its_assessment_with_its_veto_and_evidence()
    {
        await SignInThrough($"scorecard?unit={World.District}&period=2007&set=assessment", "city");
        await Page.Locator("[data-testid=scorecard-table] td[data-target]").First.WaitForAsync();
        await Screenshot("scorecard-assessed-set");

        await Page.ClickAsync($"tr[data-org='{World.Veto.Street}'] [data-testid=drill]");
        await WaitForUrl($"**/scorecard?unit={World.Veto.Street}**");
        await Page.Locator($"tr.cfp-total[data-org='{World.Veto.Street}']").WaitForAsync();
        await Page.ClickAsync($"tr[data-org='{World.Veto.Community}'] [data-testid=assessment-link]");
        await WaitForUrl($"**/assessment/{World.Veto.Community}?year=2007");
        await Page.Locator("[data-testid=criteria-table]").WaitForAsync();
        Assert.Equal("一票否决", (await Page.Locator("[data-testid=vetoed]").InnerTextAsync()).Trim());
        Assert.Equal(World.Veto.RecordId, (await Page.Locator($"[data-testid=evidence] tr[data-record='{World.Veto.RecordId}'] td").Nth(1).InnerTextAsync()).Trim());
        await Screenshot("assessment-community");

        await Page.ClickAsync("[data-testid=language-switch]");
        await Page.Locator("html[lang=en]").WaitForAsync();
        await WaitInteractive();
        Assert.Equal("Vetoed", (await Page.Locator("[data-testid=vetoed]").InnerTextAsync()).Trim());
        await Screenshot("assessment-community-en");
    }

    [Fact]
    public async Task A_city_user_opens_the_veto_review_and_prints_the_districts_report_without_the_app_bar()
    {
        await SignInThrough("vetoes?year=2007", "city");
        await Page.Locator("[data-testid=veto-table]").WaitForAsync();
        Assert.Equal(2, await Page.Locator("[data-testid=veto-table] tbody tr").CountAsync());
        await Screenshot("veto-review");

        await Page.GotoAsync($"report?unit={World.District}&year=2007");
        await WaitInteractive();
        await Page.Locator("[data-testid=report-footer]").WaitForAsync();
        Assert.True(await Page.Locator(".mud-appbar").IsVisibleAsync());
        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await Page.Locator(".mud-appbar").IsVisibleAsync());
        Assert.False(await Page.Locator("[data-testid=print]").IsVisibleAsync());
        Assert.Equal("table-header-group", await Page.Locator("[data-testid=report-units] thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("avoid", await Page.Locator("[data-testid=report-units] tbody tr").First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
        await Screenshot("report-print");
        var pdf = await Page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        await File.WriteAllBytesAsync(Path.Combine(Screenshots, "report.pdf"), pdf);
    }

    [Fact]
    public async Task The_overview_shows_each_targets_trajectory_chart_and_links_to_the_veto_review()
    {
        await SignInThrough("?year=2007", "city");
        var chart = Page.Locator("[data-testid=target][data-standard=dabiao] img");
        await chart.WaitForAsync();
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the target chart did not load");
        Assert.StartsWith("折线图 — 达标比例", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
        await Screenshot("overview-targets");

        await Page.ClickAsync("[data-testid=veto-review-link]");
        await WaitForUrl("**/vetoes?year=2007");
        await Page.Locator("[data-testid=veto-table]").WaitForAsync();
    }
}
