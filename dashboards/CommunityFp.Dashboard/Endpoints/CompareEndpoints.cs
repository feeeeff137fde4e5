using CommunityFp.Dashboard.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityFp.Dashboard.Endpoints;

/// <summary><c>GET /download/compare.csv?unit=&amp;indicator=&amp;period=&amp;smooth=eb</c>: the league table of /compare as a file.</summary>
public static class CompareEndpoints
{
    public static void MapCompareEndpoints(this WebApplication app) =>
        app.MapGet("download/compare.csv", Download).RequireAuthorization();

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> Download(
        HttpContext http, WarehouseReader reader, string? unit, string? indicator, string? period, string? smooth)
    {
        var data = DashboardData.ForTerritory(reader, Territory.Of(http.User));
        if (!data.HasBuild()) return TypedResults.NotFound();
        try
        {
            var parent = await data.UnitOrRootAsync(unit);
            var info = data.FunnelIndicators().FirstOrDefault(i => i.Id == (indicator ?? "contraceptive_prevalence"));
            var year = period ?? data.Periods("year").LastOrDefault();
            if (parent is null || info is null || year is null) return TypedResults.NotFound();
            var comparison = await data.CompareAsync(parent, info, year, smooth == "eb");
            return TypedResults.File(CompareCsv.Write(comparison), "text/csv; charset=utf-8", $"compare-{parent.Code}-{info.Id}-{year}.csv");
        }
        catch (TerritoryDeniedException)
        {
            return TypedResults.Problem("outside your territory", statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
