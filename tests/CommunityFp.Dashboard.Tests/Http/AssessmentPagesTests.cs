using System.Net;
using System.Text.RegularExpressions;

namespace CommunityFp.Dashboard.Tests.Http;

/// <summary>
/// The assessment pages over the fixture's stored 2007 run, as the city sees them: the hand-made veto with its
/// evidence and propagation, the report, the overview's targets and the scorecard's assessed set.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed partial class AssessmentPagesTests(DashboardFixture fixture)
{
    private TinyWarehouse World => fixture.Warehouse;

    private async Task<string> CityPage(string url)
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_vetoed_communitys_assessment_shows_the_veto_its_evidence_record_and_no_standard()
    {
        var html = await CityPage($"assessment/{World.Veto.Community}?year=2007");
        Assert.Contains("data-testid=\"vetoed\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-record=\"{World.Veto.RecordId}\"", html, StringComparison.Ordinal);
        Assert.Contains(World.Veto.RecordDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-attained=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("被一票否决", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_veto_review_lists_the_communitys_veto_and_its_propagation_to_the_street()
    {
        var html = await CityPage("vetoes?year=2007");
        var table = html[html.IndexOf("data-testid=\"veto-table\"", StringComparison.Ordinal)..];
        var rows = DataOrg().Matches(table[..table.IndexOf("</table>", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([World.Veto.Street, World.Veto.Community], rows);
        Assert.Contains($"data-record=\"{World.Veto.RecordId}\"", html, StringComparison.Ordinal);
        Assert.Contains("由下级传导", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_lists_every_unit_the_veto_with_its_evidence_count_and_the_runs_inputs_in_its_footer()
    {
        var html = await CityPage($"report?unit={World.District}&year=2007");
        foreach (var code in new[] { World.District, World.Veto.Street, World.Veto.Community }.Concat(World.Streets))
            Assert.Contains($"data-org=\"{code}\"", html, StringComparison.Ordinal);
        var communities = Regex.Match(html, "data-testid=\"communities\">([0-9]+)<").Groups[1].Value;
        Assert.Equal(int.Parse(communities, System.Globalization.CultureInfo.InvariantCulture), Regex.Matches(html, "class=\"cfp-level-community\"").Count);
        Assert.Matches("data-testid=\"evidence-count\">1<", html);
        var footer = html[html.IndexOf("data-testid=\"report-footer\"", StringComparison.Ordinal)..];
        Assert.Contains(World.RunId, footer, StringComparison.Ordinal);
        Assert.Contains("jilin-community-2007", footer, StringComparison.Ordinal);
        Assert.Contains("report.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_stylesheet_prints_on_a4_without_the_app_bar_and_repeats_table_headers()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var css = await client.GetStringAsync("report.css");
        Assert.Contains("size: A4", css, StringComparison.Ordinal);
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains(".mud-appbar", print, StringComparison.Ordinal);
        Assert.Contains("table-header-group", print, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", print, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_shows_the_2007_targets_the_communities_per_standard_and_the_veto_count()
    {
        var html = await CityPage("?year=2007");
        // Seed 7's four communities of 2007: 2 attain 达标 (one more is vetoed by hand) — 50% < 90% by 2007-12-31, missed.
        Assert.Matches("data-standard=\"dabiao\"[^>]*data-status=\"missed\"", html);
        Assert.Contains("data-testid=\"target-actual\">50.0%<", html, StringComparison.Ordinal);
        Assert.Contains("达标比例（目标 90.0%，2007 前）", html, StringComparison.Ordinal);
        Assert.Contains("data-standard=\"xianjin\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-org=\"{World.District}\"", html, StringComparison.Ordinal);
        Assert.Contains("1 项否决，涉及 2 个单位", html, StringComparison.Ordinal);
        Assert.Contains("href=\"vetoes?year=2007\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scorecards_assessed_set_colours_cells_against_the_targets_and_links_each_unit_to_its_assessment()
    {
        var html = await CityPage($"scorecard?unit={World.District}&period=2007&set=assessment");
        Assert.Contains("data-testid=\"sort-contraceptive_prevalence\"", html, StringComparison.Ordinal);
        Assert.Matches("data-target=\"(meets|misses)\"", html);
        Assert.Contains($"href=\"assessment/{World.Streets[0]}?year=2007\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-org=\"([0-9]+)\"")]
    private static partial Regex DataOrg();
}
