using System.Net;
using CommunityFp.Dashboard.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityFp.Dashboard.Tests.Http;

/// <summary>
/// The host as <c>cfp serve</c> builds it: Production, run from a build output (not published). A plain build in
/// Production answers 500 for <c>_content/</c> assets unless the static web assets manifest is used (platform notes).
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class ServeHostingTests(DashboardFixture fixture)
{
    [Fact]
    public async Task In_production_from_the_build_output_mudblazor_assets_are_served()
    {
        await using var app = DashboardApp.Create(
            new WebApplicationOptions { ApplicationName = "CommunityFp.Dashboard", ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" },
            builder =>
            {
                builder.Configuration[DashboardApp.DatabaseKey] = fixture.Warehouse.DatabasePath;
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address + "/") };

        var css = await client.GetAsync("_content/MudBlazor/MudBlazor.min.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        var js = await client.GetAsync("_framework/blazor.web.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        var login = await client.GetStringAsync("account/login");
        Assert.Contains("_content/MudBlazor/MudBlazor.min", login, StringComparison.Ordinal);
        await app.StopAsync();
    }
}
