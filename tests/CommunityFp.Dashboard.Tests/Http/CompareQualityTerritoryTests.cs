using System.Net;
using System.Text.RegularExpressions;
using CommunityFp.Etl;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityFp.Dashboard.Tests.Http;

/// <summary>Compare communities and data quality: what a street office may see, and refusals of edited URLs.</summary>
[Collection(WarehouseCollection.Name)]
public sealed partial class CompareQualityTerritoryTests(DashboardFixture fixture)
{
    private TinyWarehouse World => fixture.Warehouse;
    private const string OwnStreet = "220202001";

    public static TheoryData<string> OtherStreetUrls => new()
    {
        "compare?unit={0}",
        "compare?unit={0}&indicator=contraceptive_prevalence&smooth=eb",
        "quality?unit={0}",
    };

    [Theory]
    [MemberData(nameof(OtherStreetUrls))]
    public async Task A_street_user_who_edits_the_url_to_another_street_gets_a_refusal_not_the_data(string template)
    {
        var other = World.OtherStreet(OwnStreet);
        await AssertRefused(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, other), other);
    }

    [Fact]
    public async Task A_street_user_who_picks_another_streets_community_side_by_side_gets_a_refusal()
    {
        var other = World.OtherStreet(OwnStreet);
        var own = World.Communities[OwnStreet][0].Code;
        await AssertRefused($"compare?unit={OwnStreet}&pick={own},{World.Communities[other][0].Code}", other);
    }

    [Fact]
    public async Task The_league_table_download_refuses_another_street_and_holds_only_the_users_communities()
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var other = World.OtherStreet(OwnStreet);
        var refused = await client.GetAsync($"download/compare.csv?unit={other}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        foreach (var (code, name) in World.Communities[other]) { Assert.DoesNotContain(name, body, StringComparison.Ordinal); Assert.DoesNotContain(code, body, StringComparison.Ordinal); }

        var csv = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync("download/compare.csv?indicator=contraceptive_prevalence&smooth=eb"));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("org_code,name,indicator,period,numerator,denominator,rate", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length >= 3, csv);
        Assert.All(lines.Skip(1), l => Assert.StartsWith(OwnStreet, l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("quality")]
    [InlineData("upload")]
    [InlineData("download/compare.csv")]
    public async Task A_researcher_is_refused_the_comparison_quality_and_upload_pages(string url)
    {
        using var client = await fixture.Factory.SignedInClient("researcher");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_street_user_who_asks_for_the_district_gets_a_refusal()
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"compare?unit={World.District}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"quality?unit={World.District}")).StatusCode);
    }

    [Fact]
    public async Task The_funnel_of_a_street_user_shows_its_own_communities_and_a_chart_with_a_text_alternative()
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("compare?indicator=contraceptive_prevalence"));
        Assert.Contains("data-testid=\"funnel-chart\"", html, StringComparison.Ordinal);
        Assert.Matches("<img src=\"data:image/png;base64,[^\"]+\" alt=\"漏斗图 — ", html);
        var orgs = DataOrg().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(OwnStreet, orgs);
        Assert.True(orgs.Count >= 3, "the street and at least two of its communities: " + string.Join(", ", orgs));
        Assert.All(orgs, o => Assert.StartsWith(OwnStreet, o, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("compare?culture=en", "Funnel plot — ", "League table")]
    [InlineData("quality?culture=en", "Data quality", "Reporting timeliness per community")]
    [InlineData("upload?culture=en", "Upload", "Uploads")]
    public async Task The_pages_speak_english_when_asked(string url, string first, string second)
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains(first, html, StringComparison.Ordinal);
        Assert.Contains(second, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoothing_adds_the_empirical_bayes_columns_and_a_pick_shows_communities_side_by_side()
    {
        var picks = World.Communities[OwnStreet].Take(2).Select(c => c.Code).ToList();
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var html = await client.GetStringAsync($"compare?unit={OwnStreet}&indicator=contraceptive_prevalence&smooth=eb&pick={string.Join(',', picks)}");
        Assert.Contains("data-testid=\"smoothed-rate\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"side-by-side\"", html, StringComparison.Ordinal);
        foreach (var code in picks) Assert.Contains($"<th scope=\"col\" class=\"cfp-num\" data-org=\"{code}\"", html, StringComparison.Ordinal);
        var plain = await client.GetStringAsync($"compare?unit={OwnStreet}&indicator=contraceptive_prevalence");
        Assert.DoesNotContain("data-testid=\"smoothed-rate\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quality_page_of_a_street_user_lists_only_its_own_units()
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var html = await client.GetStringAsync("quality");
        Assert.Contains("data-testid=\"arrivals\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"timeliness\"", html, StringComparison.Ordinal);
        var orgs = DataOrg().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(orgs);
        Assert.All(orgs, o => Assert.StartsWith(OwnStreet, o, StringComparison.Ordinal));
        // The district's batches are listed (they hold the street's rows) but without their whole-batch row counts.
        Assert.Contains($"data-scope=\"{World.District}\"", html, StringComparison.Ordinal);
        // The reasons of the street's own rows of those district batches are listed.
        var reasons = Regex.Match(html, "data-testid=\"quarantine-reasons\".*?<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<tr>", reasons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quality_page_never_shows_a_quarantined_rows_raw_text()
    {
        var raw = QuarantinedRawFields();
        Assert.NotEmpty(raw); // the tiny world's realistic defects quarantine rows: otherwise this test proves nothing
        using var client = await fixture.Factory.SignedInClient("city");
        foreach (var year in new[] { "2007", "2006", "2008" })
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync($"quality?unit={World.District}&year={year}"));
            foreach (var field in raw) Assert.DoesNotContain(field, html, StringComparison.Ordinal);
        }
    }

    /// <summary>Distinctive fields (names, ids: 6+ characters, or Chinese) of the quarantine's raw text.</summary>
    private List<string> QuarantinedRawFields()
    {
        using var c = fixture.Factory.Services.GetRequiredService<WarehouseLoader>().OpenReader();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select raw_text from quarantine where file = 'residents.csv' limit 50";
        using var r = cmd.ExecuteReader();
        var fields = new List<string>();
        while (r.Read())
            fields.AddRange(r.GetString(0).Split(',').Select(f => f.Trim('"', ' ')).Where(f => f.Length >= 10 || f.Length >= 2 && f.Any(ch => ch >= '\u4e00' && ch <= '\u9fff')));
        return fields.Where(f => !f.All(ch => char.IsAsciiDigit(ch) || ch == '-') || f.Length >= 15).Distinct().ToList();
    }

    private async Task AssertRefused(string url, string otherStreet)
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"refused\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-org=\"{otherStreet}", html, StringComparison.Ordinal);
        foreach (var (_, name) in World.Communities[otherStreet]) Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-org=\"([0-9]+)\"")]
    private static partial Regex DataOrg();
}
