using System.Security.Claims;
using System.Text.Json;
using CommunityFp.Exports;
using CommunityFp.Exports.Product;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// The dashboard's research exports: which exports a user may take (the researcher exports of
/// <see cref="ProductExports"/>: aggregates with small-cell suppression and de-identified microdata), running them
/// within the user's territory, and the audit log of every export (administrators read all of it, others their own).
/// </summary>
public sealed class ResearchExports(WarehouseReader reader)
{
    /// <summary>The roles that may export: researchers, city leadership and administrators.</summary>
    public static readonly string[] Roles = [DashboardRoles.Researcher, DashboardRoles.City, DashboardRoles.Admin];

    public static bool MayExport(ClaimsPrincipal user) => Roles.Any(user.IsInRole);

    public static bool ReadsEveryonesAudit(ClaimsPrincipal user) => user.IsInRole(DashboardRoles.Admin);

    /// <summary>What the Exports page lists: every researcher export, with whether the warehouse can give it yet.</summary>
    public IReadOnlyList<(ProductExport Export, bool Available)> Catalogue() =>
        [.. ProductExports.ForResearchers.Select(e => (e, reader.MissingExportTables(e).Count == 0))];

    /// <summary>
    /// Streams <paramref name="name"/> to <paramref name="output"/> for <paramref name="user"/> and records it.
    /// Refuses (<see cref="TerritoryDeniedException"/>) a user who may not export or a unit outside the territory;
    /// an unknown export or a bad parameter is an <see cref="ExportRequestException"/>.
    /// </summary>
    public async Task<ExportResult> StreamAsync(ClaimsPrincipal user, string name, ExportFormat format, string? unit, string? period, int? k,
        Stream output, CancellationToken cancellationToken)
    {
        var export = ProductExports.ForResearchers.FirstOrDefault(e => e.Name == name)
            ?? throw new ExportRequestException($"no research export named {name}");
        var request = Request(user, export, unit, period, k);
        var entry = new ExportAuditEntry(DateTimeOffset.UtcNow, user.Identity?.Name ?? "?", RoleOf(user), name, FormatName(format),
            JsonSerializer.Serialize(new { unit, period, k = request.SmallCellThreshold }), 0, "started");
        try
        {
            var result = await reader.ExportAsync(export, format, output, request, cancellationToken);
            reader.RecordExport(entry with { Rows = result.Rows, Outcome = "completed" });
            return result;
        }
        catch (Exception e) when (e is not ExportRequestException)
        {
            reader.RecordExport(entry with { Outcome = "failed" });
            throw;
        }
    }

    /// <summary>The audit log the user may read: everyone's for administrators, their own otherwise.</summary>
    public IReadOnlyList<ExportAuditEntry> Audit(ClaimsPrincipal user) =>
        reader.ExportAudit(ReadsEveryonesAudit(user) ? null : user.Identity?.Name ?? "-");

    /// <summary>The request within the user's territory: the unit asked for (inside it) or, for a user below the city, the territory's root.</summary>
    private static ExportRequest Request(ClaimsPrincipal user, ProductExport export, string? unit, string? period, int? k)
    {
        if (!MayExport(user)) throw new TerritoryDeniedException(unit ?? "exports");
        var root = user.FindFirst(Territory.ClaimType)?.Value;
        if (string.IsNullOrEmpty(root) || !root.All(char.IsAsciiDigit)) throw new TerritoryDeniedException(unit ?? "exports");
        if (unit is { Length: > 0 } && !unit.StartsWith(root, StringComparison.Ordinal)) throw new TerritoryDeniedException(unit);
        var scoped = unit is { Length: > 0 } ? unit : root.Length > 4 ? root : null;
        if (scoped is not null && !export.ByUnit) throw new ExportRequestException($"{export.Name} cannot be limited to a unit");
        PeriodRange? range;
        try { range = period is { Length: > 0 } ? PeriodRange.Parse(period) : null; }
        catch (FormatException e) { throw new ExportRequestException(e.Message); }
        // researchers never get a threshold below the default: small cells stay withheld
        var threshold = Math.Max(k ?? 5, 5);
        return new ExportRequest { Unit = scoped, Period = range, SmallCellThreshold = threshold };
    }

    private static string RoleOf(ClaimsPrincipal user) => Roles.FirstOrDefault(user.IsInRole) ?? user.FindFirst(ClaimTypes.Role)?.Value ?? "?";

    private static string FormatName(ExportFormat format) => format switch
    {
        ExportFormat.ArrowStream => "arrow-stream",
        ExportFormat.Csv => "csv",
        ExportFormat.Arrow => "arrow",
        _ => "parquet",
    };
}

/// <summary>The dashboard's role names (demo-users.json).</summary>
public static class DashboardRoles
{
    public const string City = "city";
    public const string Researcher = "researcher";
    public const string Admin = "admin";
}
