using System.Net;
using System.Text.RegularExpressions;
using CommunityFp.Dashboard.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityFp.Dashboard.Tests.Uploads;

/// <summary>Uploading a batch through the dashboard: the same ETL as cfp load, territory checked first, marts refreshed.</summary>
[Collection(UploadCollection.Name)]
public sealed partial class UploadTests(UploadWorld world)
{
    private WarehouseReader Reader => world.Factory.Services.GetRequiredService<WarehouseReader>();

    private async Task<(int Id, string Html)> UploadAndReadReport(HttpClient client, byte[] zip, string fileName)
    {
        var response = await world.Upload(client, zip, fileName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var id = int.Parse(ReportId().Match(location).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(location.TrimStart('/')));
        return (id, html);
    }

    private long Arrivals() => Reader.BatchYears(new Territory("2202")).Count == 0 ? 0
        : Reader.BatchArrivals(new Territory("2202"), "2202", "2007").Count;

    [Fact]
    public async Task A_district_office_uploads_its_batch_it_loads_and_the_marts_gain_the_month()
    {
        Assert.DoesNotContain("2007-02", Reader.Periods("month"));
        using var client = await world.Factory.SignedInClient(world.Scope);
        var (_, html) = await UploadAndReadReport(client, UploadWorld.Zip(world.FebruaryBatch), "2007-02.zip");
        Assert.Contains("data-outcome=\"Loaded\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"upload-refresh\"", html, StringComparison.Ordinal);
        Assert.Contains("residents.csv", html, StringComparison.Ordinal);
        Assert.Contains("2007-02", Reader.Periods("month"));
    }

    [Fact]
    public async Task A_street_office_cannot_upload_its_districts_batch_and_nothing_is_loaded()
    {
        var before = Arrivals();
        using var client = await world.Factory.SignedInClient("220202001");
        var (_, html) = await UploadAndReadReport(client, UploadWorld.Zip(world.FebruaryBatch), "district.zip");
        Assert.Contains("data-outcome=\"Refused\"", html, StringComparison.Ordinal);
        Assert.Contains($"scope {world.Scope} lies outside your territory 220202001", html, StringComparison.Ordinal);
        Assert.Equal(before, Arrivals());
    }

    [Fact]
    public async Task A_corrupted_zip_is_reported_with_its_file_name_and_reason()
    {
        var zip = UploadWorld.Zip(world.FebruaryBatch);
        using var client = await world.Factory.SignedInClient(world.Scope);
        var (_, garbage) = await UploadAndReadReport(client, [.. zip.Take(zip.Length / 3)], "broken.zip");
        Assert.Contains("data-outcome=\"Refused\"", garbage, StringComparison.Ordinal);
        Assert.Matches("broken\\.zip: (not a readable zip archive|.*corrupted)", garbage);
    }

    [Fact]
    public async Task A_checksum_mismatch_is_refused_by_the_etl_naming_the_file()
    {
        var copy = world.Copy(world.FebruaryBatch, "tampered");
        var births = Path.Combine(copy, "births.csv");
        File.AppendAllText(births, "\n"); // one byte more: the SHA-256 no longer matches the manifest
        using var client = await world.Factory.SignedInClient(world.Scope);
        var (_, html) = await UploadAndReadReport(client, UploadWorld.Zip(copy), "tampered.zip");
        Assert.Contains("data-outcome=\"Refused\"", html, StringComparison.Ordinal);
        Assert.Matches("births\\.csv: .*SHA-256", html);
    }

    [Fact]
    public async Task An_administrator_may_upload_any_scope_so_the_batch_reaches_the_etl()
    {
        var copy = world.Copy(world.FebruaryBatch, "admin-tampered");
        File.AppendAllText(Path.Combine(copy, "births.csv"), "\n");
        using var client = await world.Factory.SignedInClient("admin");
        var (_, html) = await UploadAndReadReport(client, UploadWorld.Zip(copy), "admin.zip");
        Assert.DoesNotContain("outside your territory", html, StringComparison.Ordinal);
        Assert.Matches("births\\.csv: .*SHA-256", html); // refused by the ETL's verification, not by the territory check
    }

    [Fact]
    public async Task A_post_without_the_pages_antiforgery_token_is_rejected()
    {
        using var client = await world.Factory.SignedInClient(world.Scope);
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "batch", "x.zip" } };
        var response = await client.PostAsync("upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_city_user_may_not_upload()
    {
        using var client = await world.Factory.SignedInClient("city");
        var page = await client.GetStringAsync("upload");
        Assert.Contains("data-testid=\"upload-not-allowed\"", page, StringComparison.Ordinal);
        var response = await world.Upload(client, UploadWorld.Zip(world.FebruaryBatch), "x.zip");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Administrators_see_every_upload_and_offices_only_their_own()
    {
        using var street = await world.Factory.SignedInClient("220202001");
        var (streetUpload, _) = await UploadAndReadReport(street, [1, 2, 3], "street.zip");
        using var district = await world.Factory.SignedInClient(world.Scope);
        var (districtUpload, _) = await UploadAndReadReport(district, [4, 5, 6], "district-junk.zip");

        using var admin = await world.Factory.SignedInClient("admin");
        var adminHtml = await admin.GetStringAsync("upload");
        Assert.Contains($"data-upload=\"{streetUpload}\"", adminHtml, StringComparison.Ordinal);
        Assert.Contains($"data-upload=\"{districtUpload}\"", adminHtml, StringComparison.Ordinal);

        var streetHtml = await street.GetStringAsync("upload");
        Assert.Contains($"data-upload=\"{streetUpload}\"", streetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-upload=\"{districtUpload}\"", streetHtml, StringComparison.Ordinal);
        Assert.All(DataUser().Matches(streetHtml), m => Assert.Equal("220202001", m.Groups[1].Value));

        // Another account's report by URL: a refusal, not the report.
        var response = await street.GetAsync($"upload?report={districtUpload}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"refused\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("district-junk.zip", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_larger_than_kestrels_default_30_mb_limit_reaches_the_batch_checks()
    {
        var junk = new byte[40 << 20];
        new Random(7).NextBytes(junk);
        using var client = await world.Factory.SignedInClient(world.Scope);
        var (_, html) = await UploadAndReadReport(client, junk, "big.zip");
        Assert.Contains("big.zip: not a readable zip archive", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("report=([0-9]+)")]
    private static partial Regex ReportId();

    [GeneratedRegex("data-user=\"([^\"]+)\"")]
    private static partial Regex DataUser();
}
