using System.Net;
using System.Text;

namespace CommunityFp.Dashboard.Tests.Http;

[Collection(WarehouseCollection.Name)]
public sealed class CsvAndLanguageTests(DashboardFixture fixture)
{
    [Fact]
    public async Task The_scorecard_csv_is_utf8_with_a_bom_and_chinese_headers()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var response = await client.GetAsync($"download/scorecard.csv?unit={fixture.Warehouse.District}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("org_code,单位,期间,实有人口,出生数", text, StringComparison.Ordinal);
        // one row for the district and one for each of its streets
        Assert.Equal(1 + fixture.Warehouse.Streets.Count, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public async Task The_scorecard_workbook_is_an_xlsx_with_one_row_per_unit()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var response = await client.GetAsync($"download/scorecard.xlsx?unit={fixture.Warehouse.District}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        // header + the district + its streets
        Assert.Equal(2 + fixture.Warehouse.Streets.Count, System.Text.RegularExpressions.Regex.Matches(xml, "<x:row |<row ").Count);
    }

    [Fact]
    public async Task The_scorecard_url_carries_its_sort()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var html = await client.GetStringAsync($"scorecard?unit={fixture.Warehouse.District}&period=2007&sort=births&desc=true");
        Assert.Matches("aria-sort=\"descending\"[^>]*><a[^>]*data-testid=\"sort-births\"", html);
        Assert.Contains("data-testid=\"rank\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_in_chinese_by_default_whatever_the_browser_asks_for()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        using var request = new HttpRequestMessage(HttpMethod.Get, "scorecard");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var html = WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("计分卡", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_stores_english_in_a_cookie_and_returns_to_the_page()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var response = await client.GetAsync("culture/en?redirectUri=%2Fscorecard%3Fperiod%3D2007");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/scorecard?period=2007", response.Headers.Location!.ToString());
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("scorecard?period=2007"));
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Scorecard", html, StringComparison.Ordinal);
        Assert.Contains("Births", html, StringComparison.Ordinal);

        await client.GetAsync("culture/zh-CN?redirectUri=%2F");
        Assert.Contains("计分卡", WebUtility.HtmlDecode(await client.GetStringAsync("scorecard")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_can_carry_the_language()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("population?culture=en"));
        Assert.Contains("Population at start", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_refuses_an_unknown_culture_and_a_foreign_redirect()
    {
        using var client = fixture.Factory.NewClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("culture/xx")).StatusCode);
        var response = await client.GetAsync("culture/en?redirectUri=https%3A%2F%2Fexample.com%2F");
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
