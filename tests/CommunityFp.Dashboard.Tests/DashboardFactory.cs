using System.Net;
using System.Text.RegularExpressions;
using CommunityFp.Dashboard.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityFp.Dashboard.Tests;

/// <summary>
/// The dashboard over the tiny warehouse, served by a real Kestrel on a free loopback port (the browser tests need
/// one; the HTTP tests use the same server through <see cref="NewClient"/>).
/// </summary>
public sealed partial class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly TinyWarehouse _warehouse;

    public DashboardFactory(TinyWarehouse warehouse)
    {
        _warehouse = warehouse;
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The server's base address (http://127.0.0.1:port/).</summary>
    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(DashboardApp.DatabaseKey, _warehouse.DatabasePath);
        builder.UseEnvironment("Development");
    }

    /// <summary>A client with its own cookies that does not follow redirects (tests look at them).</summary>
    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseAddress,
    };

    /// <summary>A client signed in as <paramref name="userName"/> with its demo password.</summary>
    public async Task<HttpClient> SignedInClient(string userName)
    {
        var client = NewClient();
        var response = await SignIn(client, userName, $"demo-{userName}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("failed", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        return client;
    }

    /// <summary>Posts the sign-in form as a browser would (with the antiforgery token of the login page).</summary>
    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync("account/login");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        return await client.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["userName"] = userName, ["password"] = password, ["returnUrl"] = "/",
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
