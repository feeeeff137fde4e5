using CommunityFp.Dashboard.Data;
using CommunityFp.Exports;
using CommunityFp.Exports.Product;
using Microsoft.AspNetCore.Http.Features;

namespace CommunityFp.Dashboard.Endpoints;

/// <summary>
/// <c>GET /exports/{name}.arrows?unit=&amp;period=&amp;k=</c>: a research export streamed as an Arrow IPC stream
/// (<c>application/vnd.apache.arrow.stream</c>, record batch after record batch, never the whole table in memory);
/// <c>.csv</c> the same rows for spreadsheet users. Signed-in researchers, city and administrators; every export is
/// written to the audit log.
/// </summary>
public static class ExportEndpoints
{
    public const string ArrowStreamContentType = "application/vnd.apache.arrow.stream";

    public static void MapExportEndpoints(this WebApplication app)
    {
        var exports = app.MapGroup("exports").RequireAuthorization();
        exports.MapGet("{name}.arrows", (HttpContext http, ResearchExports service, string name, string? unit, string? period, int? k) =>
            Stream(http, service, name, ExportFormat.ArrowStream, ArrowStreamContentType, "arrows", unit, period, k));
        exports.MapGet("{name}.csv", (HttpContext http, ResearchExports service, string name, string? unit, string? period, int? k) =>
            Stream(http, service, name, ExportFormat.Csv, "text/csv; charset=utf-8", "csv", unit, period, k));
    }

    private static async Task<IResult> Stream(HttpContext http, ResearchExports service, string name, ExportFormat format,
        string contentType, string extension, string? unit, string? period, int? k)
    {
        if (!ResearchExports.MayExport(http.User)) return Results.Problem("exports are for researchers, city and administrators", statusCode: StatusCodes.Status403Forbidden);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}{(unit is null ? "" : "-" + unit)}{(period is null ? "" : "-" + period)}.{extension}\"";
        // Apache.Arrow's stream writer and the CSV writer write synchronously, batch by batch, from a background task
        http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        try
        {
            await service.StreamAsync(http.User, name, format, unit, period, k, http.Response.Body, http.RequestAborted);
            return Results.Empty;
        }
        catch (TerritoryDeniedException) when (!http.Response.HasStarted)
        {
            return Refusal(http, "outside your territory", StatusCodes.Status403Forbidden);
        }
        catch (ExportRequestException e) when (!http.Response.HasStarted)
        {
            return Refusal(http, e.Message, StatusCodes.Status400BadRequest);
        }
        catch (ExportUnavailableException e) when (!http.Response.HasStarted)
        {
            return Refusal(http, e.Message, StatusCodes.Status404NotFound);
        }
    }

    /// <summary>A problem response instead of the file: the attachment header set for the file goes.</summary>
    private static IResult Refusal(HttpContext http, string detail, int status)
    {
        http.Response.Headers.ContentDisposition = default;
        return Results.Problem(detail, statusCode: status);
    }
}
