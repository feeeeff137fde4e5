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
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(RefusalPage);
    });

    /// <summary>What a researcher sees instead of a page: the refusal and the way to the exports (both languages).</summary>
    private const string RefusalPage = """
        <!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><title>403</title>
        <p data-testid="refused">研究人员只能使用去标识的数据导出。 Researchers receive de-identified exports only.</p>
        <p><a href="/exports">研究数据导出 · Research exports</a></p></html>
        """;

    /// <summary>The Exports page and endpoint, sign-in, language, the framework and static files (a file name with an extension outside the download endpoints).</summary>
    public static bool Allowed(PathString path) =>
        Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
        || (Path.HasExtension(path.Value) && !path.StartsWithSegments("/download", StringComparison.OrdinalIgnoreCase));
}
