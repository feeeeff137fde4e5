using System.Globalization;
using CommunityFp.Dashboard.Auth;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CommunityFp.Dashboard.Endpoints;

/// <summary>The dashboard's HTTP endpoints besides the pages: sign-in and out, language, downloads.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("account");
        account.MapPost("login", SignIn);
        account.MapPost("logout", (Delegate)SignOut).RequireAuthorization();

        app.MapGet("culture/{culture}", SetCulture);

        var downloads = app.MapGroup("download").RequireAuthorization();
        downloads.MapGet("scorecard.csv", (HttpContext http, WarehouseReader reader, string? unit, string? period) =>
            ScorecardFile(http, reader, unit, period, "csv", "text/csv; charset=utf-8", ScorecardCsv.Write));
        downloads.MapGet("scorecard.xlsx", (HttpContext http, WarehouseReader reader, string? unit, string? period) =>
            ScorecardFile(http, reader, unit, period, "xlsx", ScorecardXlsx.ContentType, ScorecardXlsx.Write));
    }

    private static async Task<RedirectHttpResult> SignIn(HttpContext http, DemoUsers users,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var user = users.Verify(userName, password);
        if (user is null) return TypedResults.LocalRedirect("/account/login?failed=1" + (IsLocal(returnUrl) ? "&returnUrl=" + Uri.EscapeDataString(returnUrl!) : ""));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, DemoUsers.Principal(user));
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static async Task<RedirectHttpResult> SignOut(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/account/login");
    }

    /// <summary>Stores the UI culture in the culture cookie and goes back to the page.</summary>
    private static Results<RedirectHttpResult, BadRequest> SetCulture(HttpContext http, string culture, string? redirectUri)
    {
        if (!UiText.Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase)) return TypedResults.BadRequest();
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = false, SameSite = SameSiteMode.Lax });
        return TypedResults.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
    }

    /// <summary>The scorecard of a unit (default: the territory's root) and year (default: the latest) as a file.</summary>
    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> ScorecardFile(
        HttpContext http, WarehouseReader reader, string? unit, string? period, string extension, string contentType,
        Func<Scorecard, bool, byte[]> write)
    {
        var data = DashboardData.ForTerritory(reader, Territory.Of(http.User));
        if (!data.HasBuild()) return TypedResults.NotFound();
        try
        {
            var parent = await data.UnitOrRootAsync(unit);
            var year = period ?? data.Periods("year").LastOrDefault();
            if (parent is null || year is null) return TypedResults.NotFound();
            var card = await data.ScorecardAsync(parent, year);
            var bytes = write(card, UiText.IsEnglish(CultureInfo.CurrentUICulture));
            return TypedResults.File(bytes, contentType, $"scorecard-{parent.Code}-{year}.{extension}");
        }
        catch (TerritoryDeniedException)
        {
            return TypedResults.Problem("outside your territory", statusCode: StatusCodes.Status403Forbidden);
        }
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
