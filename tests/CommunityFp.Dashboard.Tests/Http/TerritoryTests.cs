using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityFp.Dashboard.Tests.Http;

/// <summary>Row-level security: a street office sees its street and its communities, nothing else.</summary>
[Collection(WarehouseCollection.Name)]
public sealed partial class TerritoryTests(DashboardFixture fixture)
{
    private TinyWarehouse World => fixture.Warehouse;
    private string OwnStreet => "220202001";

    [Fact]
    public async Task A_street_user_sees_only_its_own_communities_in_the_scorecard()
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var html = await client.GetStringAsync("scorecard");
        var orgs = DataOrg().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(OwnStreet, orgs);
        Assert.All(orgs, o => Assert.StartsWith(OwnStreet, o, StringComparison.Ordinal));
        Assert.Equal(World.Communities[OwnStreet].Select(c => c.Code).Order(), orgs.Where(o => o != OwnStreet).Order());
    }

    [Theory]
    [InlineData("scorecard?unit={0}")]
    [InlineData("population?unit={0}")]
    [InlineData("trends?units={0}")]
    public async Task A_street_user_who_edits_the_url_to_another_street_gets_a_refusal_not_the_data(string template)
    {
        var other = World.OtherStreet(OwnStreet);
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, other));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"refused\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-org=\"{other}", html, StringComparison.Ordinal);
        foreach (var (_, name) in World.Communities[other]) Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_street_user_who_edits_the_url_to_another_streets_community_gets_a_refusal()
    {
        var community = World.Communities[World.OtherStreet(OwnStreet)][0].Code;
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var response = await client.GetAsync($"population?unit={community}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"refused\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"population-balance\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_downloads_refuse_another_streets_data_to_a_street_user(string extension)
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var response = await client.GetAsync($"download/scorecard.{extension}?unit={World.OtherStreet(OwnStreet)}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var parent = await client.GetAsync($"download/scorecard.{extension}?unit={World.District}");
        Assert.Equal(HttpStatusCode.Forbidden, parent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"download/scorecard.{extension}")).StatusCode);
    }

    [Fact]
    public async Task The_csv_download_of_a_street_user_holds_its_street_and_communities_only()
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("download/scorecard.csv"));
        var codes = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith(OwnStreet, c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_city_user_drills_from_the_district_to_any_street()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        foreach (var street in World.Streets)
        {
            var html = await client.GetStringAsync($"scorecard?unit={street}");
            Assert.DoesNotContain("data-testid=\"refused\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-org=\"{street}\"", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("data-org=\"([0-9]+)\"")]
    private static partial Regex DataOrg();
}
