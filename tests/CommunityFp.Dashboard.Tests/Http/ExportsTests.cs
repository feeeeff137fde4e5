using System.Globalization;
using System.Net;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using CommunityFp.Dashboard.Endpoints;
using CommunityFp.Etl;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityFp.Dashboard.Tests.Http;

/// <summary>The research exports over HTTP: the Arrow stream endpoint, the Exports page, the audit log, and researchers kept to them.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class ExportsTests(DashboardFixture fixture)
{
    [Fact]
    public async Task A_researcher_streams_indicator_values_as_arrow_with_no_small_count_published()
    {
        using var client = await fixture.Factory.SignedInClient("researcher");
        using var response = await client.GetAsync("exports/indicator_values.arrows?k=1", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportEndpoints.ArrowStreamContentType, response.Content.Headers.ContentType!.MediaType);

        var table = await ReadStream(response);
        Assert.Equal("indicator_values", table.Metadata["model"]);
        Assert.Contains("\"k\":5", table.Metadata["suppression"].Replace(" ", "", StringComparison.Ordinal));
        Assert.True(table.Rows.Count > 1000);
        Assert.Contains(table.Rows, r => (string?)r["suppression"] == "primary");
        Assert.All(table.Rows, r => Assert.False(r["numerator"] is long n && n is >= 1 and < 5, $"published {r["numerator"]}"));
    }

    [Fact]
    public async Task Unit_and_period_narrow_the_stream_to_the_unit_its_descendants_and_the_periods_within()
    {
        var street = fixture.Warehouse.Streets[0];
        using var client = await fixture.Factory.SignedInClient("researcher");
        using var response = await client.GetAsync($"exports/indicator_values.arrows?unit={street}&period=2007-Q1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = await ReadStream(response);
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r => Assert.StartsWith(street, (string)r["org_code"]!, StringComparison.Ordinal));
        Assert.Equal(["2007-01", "2007-02", "2007-03", "2007-Q1"], table.Rows.Select(r => (string)r["period"]!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task De_identified_microdata_carry_no_name_or_citizen_id()
    {
        var (names, ids) = PersonalData();
        Assert.NotEmpty(names);
        using var client = await fixture.Factory.SignedInClient("researcher");
        foreach (var name in new[] { "woman_years", "births", "measures" })
        {
            var bytes = await client.GetByteArrayAsync($"exports/{name}.csv");
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.True(text.Split('\n').Length > 10, name);
            Assert.DoesNotContain(names, n => text.Contains(n, StringComparison.Ordinal));
            Assert.DoesNotContain(ids, n => text.Contains(n, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("quarantine")]
    [InlineData("assessment_veto_evidence")]
    [InlineData("load_audit")]
    [InlineData("no_such_export")]
    public async Task Administrators_tables_and_unknown_names_are_not_research_exports(string name)
    {
        using var client = await fixture.Factory.SignedInClient("admin");
        var response = await client.GetAsync($"exports/{name}.arrows");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("220202")]
    [InlineData("220202001")]
    public async Task District_and_street_offices_may_not_export(string user)
    {
        using var client = await fixture.Factory.SignedInClient(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("exports/indicator_values.arrows")).StatusCode);
        var page = await client.GetAsync("exports");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("data-testid=\"refused\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_request_is_sent_to_sign_in()
    {
        using var client = fixture.Factory.NewClient();
        var response = await client.GetAsync("exports/indicator_values.arrows");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scorecard")]
    [InlineData("trends")]
    [InlineData("population")]
    [InlineData("download/scorecard.csv")]
    [InlineData("download/scorecard.xlsx")]
    public async Task A_researcher_is_refused_every_page_and_download_but_the_exports(string path)
    {
        using var client = await fixture.Factory.SignedInClient("researcher");
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var (_, name) in fixture.Warehouse.Communities.Values.SelectMany(c => c)) Assert.DoesNotContain(name, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_researcher_lands_on_the_exports_page_which_lists_the_research_exports_only()
    {
        using var client = await fixture.Factory.SignedInClient("researcher");
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/exports", home.Headers.Location!.ToString());
        var page = await client.GetAsync("exports?unit=220202&period=2007");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        foreach (var name in new[] { "indicator_values", "woman_years", "births", "measures" })
            Assert.Contains($"data-export=\"{name}\"", html, StringComparison.Ordinal);
        Assert.Contains("exports/indicator_values.arrows?unit=220202&period=2007", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-export=\"quarantine\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-export=\"assessment_veto_evidence\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_export_is_in_the_audit_log_administrators_see_all_and_others_their_own()
    {
        var period = "2007-0" + Random.Shared.Next(1, 9).ToString(CultureInfo.InvariantCulture);
        using (var researcher = await fixture.Factory.SignedInClient("researcher"))
            Assert.Equal(HttpStatusCode.OK, (await researcher.GetAsync($"exports/births.arrows?period={period}")).StatusCode);
        using (var city = await fixture.Factory.SignedInClient("city"))
        {
            Assert.Equal(HttpStatusCode.OK, (await city.GetAsync("exports/measures.csv")).StatusCode);
            var own = WebUtility.HtmlDecode(await city.GetStringAsync("exports"));
            Assert.Contains("data-audit-user=\"city\"", own, StringComparison.Ordinal);
            Assert.DoesNotContain("data-audit-user=\"researcher\"", own, StringComparison.Ordinal);
        }
        using var admin = await fixture.Factory.SignedInClient("admin");
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("exports"));
        Assert.Contains("data-testid=\"export-audit\"", html, StringComparison.Ordinal);
        Assert.Contains("data-audit-user=\"researcher\"", html, StringComparison.Ordinal);
        Assert.Contains("data-audit-user=\"city\"", html, StringComparison.Ordinal);
        Assert.Contains($"\"period\":\"{period}\"", html, StringComparison.Ordinal);
        Assert.Contains("completed", html, StringComparison.Ordinal);
    }

    private sealed record StreamTable(IReadOnlyDictionary<string, string> Metadata, List<Dictionary<string, object?>> Rows);

    private static async Task<StreamTable> ReadStream(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        using var reader = new ArrowStreamReader(body);
        var rows = new List<Dictionary<string, object?>>();
        IReadOnlyDictionary<string, string>? metadata = null;
        while (await reader.ReadNextRecordBatchAsync() is { } batch)
        {
            using (batch)
            {
                metadata ??= batch.Schema.Metadata;
                for (var r = 0; r < batch.Length; r++)
                {
                    var row = new Dictionary<string, object?>();
                    for (var c = 0; c < batch.ColumnCount; c++) row[batch.Schema.GetFieldByIndex(c).Name] = Value(batch.Column(c), r);
                    rows.Add(row);
                }
            }
        }
        return new StreamTable(metadata ?? new Dictionary<string, string>(), rows);
    }

    private static object? Value(IArrowArray array, int i) => array.IsNull(i) ? null : array switch
    {
        DictionaryArray d => Value(d.Dictionary, ((Int32Array)d.Indices).GetValue(i)!.Value),
        StringArray s => s.GetString(i),
        Int64Array l => l.GetValue(i),
        Int32Array n => (long?)n.GetValue(i),
        DoubleArray x => x.GetValue(i),
        _ => array.GetType().Name,
    };

    /// <summary>The residents' names and citizen ids, read through the server's own warehouse (it owns the file).</summary>
    private (List<string> Names, List<string> Ids) PersonalData()
    {
        using var c = fixture.Factory.Services.GetRequiredService<WarehouseLoader>().OpenReader();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select distinct name, coalesce(citizen_id, '') from hist_residents where length(name) >= 2";
        using var r = cmd.ExecuteReader();
        var (names, ids) = (new List<string>(), new List<string>());
        while (r.Read())
        {
            names.Add(r.GetString(0));
            if (r.GetString(1).Length > 0) ids.Add(r.GetString(1));
        }
        return (names, ids);
    }
}
