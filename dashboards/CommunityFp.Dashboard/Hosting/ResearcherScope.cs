using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Hosting;

/// <summary>
/// Researchers receive de-identified exports only (issue #6): every other page and endpoint answers them 403, and
/// the home page sends them to the Exports page. Their territory is none as well (<see cref="Territory.Of"/>), so a
/// page reached inside an interactive circuit shows nothing either (<c>DashboardPage</c> refuses it).
/// </summary>
public static class ResearcherScope
{
    private static readonly string[] Open = ["/exports", "/account", "/culture", "/_framework", "/_blazor", "/_content"];

    public static IApplicationBuilder UseResearcherScope(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.User.IsInRole(DashboardRoles.Researcher) || Allowed(http.Request.Path)) { await next(http); return; }
        if (http.Request.Path == "/") { http.Response.Redirect("/exports"); return; }
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
    });

    /// <summary>The Exports page and endpoint, sign-in, language, the framework and static files (a file name with an extension outside the download endpoints).</summary>
    public static bool Allowed(PathString path) =>
        Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
        || (Path.HasExtension(path.Value) && !path.StartsWithSegments("/download", StringComparison.OrdinalIgnoreCase));
}
