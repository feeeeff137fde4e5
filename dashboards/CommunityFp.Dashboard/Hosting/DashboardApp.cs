using System.Globalization;
using CommunityFp.Dashboard.Auth;
using CommunityFp.Dashboard.Components;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Endpoints;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace CommunityFp.Dashboard.Hosting;

/// <summary>
/// Builds the dashboard web application; used by the dashboard's own Program and by <c>cfp serve</c>.
/// Settings are read from configuration when first needed (so tests can override them): <c>Dashboard:Database</c>
/// (the warehouse file; this process owns it while it runs) and <c>Dashboard:Users</c> (the accounts file).
/// </summary>
public static class DashboardApp
{
    public const string DatabaseKey = "Dashboard:Database";
    public const string UsersKey = "Dashboard:Users";

    /// <summary>The default warehouse file, relative to the working directory (as for the CLI).</summary>
    public const string DefaultDatabasePath = "data/warehouse.duckdb";

    /// <summary>The application; <paramref name="configure"/> adds settings (cfp serve: the database file and URLs).</summary>
    public static WebApplication Create(WebApplicationOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options);
        configure?.Invoke(builder);
        // A build run from bin/ (not published) finds MudBlazor's assets through the build's static web assets manifest
        // (<ApplicationName>.staticwebassets.*.json): a host other than this project (cfp serve) must name the application.
        builder.WebHost.UseStaticWebAssets();
        AddServices(builder.Services);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    public static void AddServices(IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.Cookie.Name = "cfp.auth";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddLocalization();

        services.AddWarehouse(sp => sp.GetRequiredService<IConfiguration>()[DatabaseKey] ?? DefaultDatabasePath);
        services.AddSingleton<ResearchExports>();
        services.AddSingleton(sp => DemoUsers.Load(sp.GetRequiredService<IConfiguration>()[UsersKey] ?? DemoUsers.DefaultPath));
    }

    public static void Configure(WebApplication app)
    {
        var cultures = UiText.Cultures.Select(c => new CultureInfo(c)).ToList();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(UiText.Cultures[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // ?culture=en in a URL, then the cookie set by the language switch; never the browser's Accept-Language (zh-CN is the default).
            RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseResearcherScope();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapDashboardEndpoints();
        app.MapUploadEndpoints();
        app.MapCompareEndpoints();
        app.MapExportEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
