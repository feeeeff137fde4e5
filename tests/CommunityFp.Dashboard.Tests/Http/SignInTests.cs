using System.Net;

namespace CommunityFp.Dashboard.Tests.Http;

[Collection(WarehouseCollection.Name)]
public sealed class SignInTests(DashboardFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("scorecard")]
    [InlineData("trends?indicator=births")]
    [InlineData("population")]
    public async Task Every_page_redirects_an_anonymous_visitor_to_the_sign_in_page(string page)
    {
        using var client = fixture.Factory.NewClient();
        var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_download_is_refused_to_an_anonymous_visitor()
    {
        using var client = fixture.Factory.NewClient();
        var response = await client.GetAsync("download/scorecard.csv");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_says_so()
    {
        using var client = fixture.Factory.NewClient();
        var response = await DashboardFactory.SignIn(client, "city", "not-the-password");
        Assert.Contains("failed=1", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var page = await client.GetAsync("scorecard");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Theory]
    [InlineData("city")]
    [InlineData("220202")]
    [InlineData("220202001")]
    [InlineData("researcher")]
    [InlineData("admin")]
    public async Task Every_demo_account_signs_in_with_its_documented_password(string userName)
    {
        using var client = await fixture.Factory.SignedInClient(userName);
        // researchers take de-identified exports only: the Exports page is theirs
        var response = await client.GetAsync(userName == "researcher" ? "exports" : "scorecard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_demo_accounts_file_stores_hashes_not_passwords()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "demo-users.json"));
        Assert.DoesNotContain("\"password\"", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("demo-city\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MudBlazor_static_assets_are_served()
    {
        using var client = fixture.Factory.NewClient();
        var response = await client.GetAsync("_content/MudBlazor/MudBlazor.min.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
