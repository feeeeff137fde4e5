using System.Net;

namespace CommunityFp.Dashboard.Tests.Http;

/// <summary>
/// The assessment pages under row-level security: a street office (220202001) asking for another street's unit gets
/// a refusal and none of its names; the hand-made veto of the other street never reaches it.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class AssessmentTerritoryTests(DashboardFixture fixture)
{
    private TinyWarehouse World => fixture.Warehouse;
    private const string OwnStreet = "220202001";
    private string OtherStreet => World.OtherStreet(OwnStreet);

    [Theory]
    [InlineData("assessment/{0}")]
    [InlineData("assessment/{0}?year=2007")]
    [InlineData("assessment/{1}?year=2007")]
    [InlineData("report?unit={0}&year=2007")]
    [InlineData("report?unit={1}")]
    [InlineData("report?unit={2}")]
    [InlineData("scorecard?unit={0}&period=2007&set=assessment")]
    public async Task A_street_user_who_edits_the_url_to_another_streets_unit_gets_a_refusal_and_none_of_its_names(string template)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, OtherStreet, World.Communities[OtherStreet][0].Code, World.District);
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"refused\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-org=\"{OtherStreet}", html, StringComparison.Ordinal);
        foreach (var (_, name) in World.Communities[OtherStreet]) Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_veto_review_of_a_street_user_holds_no_veto_or_evidence_of_another_street()
    {
        Assert.Equal(OtherStreet, World.Veto.Street);
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var response = await client.GetAsync("vetoes?year=2007");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"no-vetoes\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(World.Veto.RecordId, html, StringComparison.Ordinal);
        foreach (var (_, name) in World.Communities[OtherStreet]) Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_of_a_street_user_shows_its_own_communities_per_standard_and_not_the_citys_targets()
    {
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("?year=2007"));
        Assert.Contains("data-testid=\"standards-by-district\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-org=\"{OwnStreet}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"target\"", html, StringComparison.Ordinal);
        foreach (var (_, name) in World.Communities[OtherStreet]) Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_street_user_opens_the_assessment_of_its_own_community()
    {
        var community = World.Communities[OwnStreet][0];
        using var client = await fixture.Factory.SignedInClient(OwnStreet);
        var response = await client.GetAsync($"assessment/{community.Code}?year=2007");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"criteria-table\"", html, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"policy_compliant_birth_rate\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"standards\"", html, StringComparison.Ordinal);
        Assert.Contains(community.Name, html, StringComparison.Ordinal);
    }
}
