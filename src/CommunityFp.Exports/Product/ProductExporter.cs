using System.Globalization;
using CommunityFp.Exports.Catalog;
using DuckDB.NET.Data;

namespace CommunityFp.Exports.Product;

/// <summary>
/// Runs the product's exports on a warehouse connection: checks the request against what the export can filter,
/// turns it into named SQL parameters, reads the provenance (knowledge date, batch ids, indicator definitions) from
/// the build, and hands over to <see cref="Exporter"/>. One export at a time per connection (the pseudonym secret
/// belongs to the connection while it runs).
/// </summary>
public sealed class ProductExporter(DuckDBConnection connection)
{
    private readonly Exporter _exporter = new(connection);

    public Task<ExportResult> ToFileAsync(ProductExport export, ExportFormat format, string path, ExportRequest request,
        CancellationToken cancellationToken = default)
    {
        var (options, provenance) = Prepare(export, request, latestRunByDefault: true);
        return _exporter.ExportFileAsync(export.Definition, format, path, provenance, options, cancellationToken);
    }

    public Task<ExportResult> ToStreamAsync(ProductExport export, ExportFormat format, Stream output, ExportRequest request,
        CancellationToken cancellationToken = default)
    {
        var (options, provenance) = Prepare(export, request, latestRunByDefault: true);
        return _exporter.ExportAsync(export.Definition, format, output, provenance, options, cancellationToken);
    }

    /// <summary>
    /// Every researcher export that is available as a Hive-partitioned Parquet lake, <c>DIR/NAME/year=…/district=…/</c>;
    /// the assessment tables with every stored run. Exports whose tables do not exist yet are skipped (and returned as such).
    /// </summary>
    public async Task<(IReadOnlyList<ExportResult> Written, IReadOnlyList<string> Skipped)> LakeAsync(string directory, ExportRequest request)
    {
        var written = new List<ExportResult>();
        var skipped = new List<string>();
        foreach (var export in ProductExports.All.Where(e => e.InLake))
        {
            if (MissingTables(export).Count > 0) { skipped.Add(export.Name); continue; }
            var narrowed = request with
            {
                Unit = export.ByUnit ? request.Unit : null,
                Period = export.ByPeriod ? request.Period : null,
            };
            var (options, provenance) = Prepare(export, narrowed, latestRunByDefault: false);
            var target = Path.Combine(directory, export.Name);
            if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
            written.Add(await _exporter.ExportLakeAsync(export.Definition, target, provenance, options));
        }
        return (written, skipped);
    }

    /// <summary>The tables the export reads that the warehouse does not have.</summary>
    public IReadOnlyList<string> MissingTables(ProductExport export) =>
        [.. export.Reads.Where(t => !TableExists(t))];

    /// <summary>The latest stored assessment run (as known at <paramref name="asKnownAt"/> when given), or null.</summary>
    public string? LatestRun(DateOnly? asKnownAt = null) =>
        TableExists("assessment_runs")
            ? Scalar("select run_id from assessment_runs where $k::date is null or knowledge_date = $k::date order by created_seq desc limit 1", ("k", asKnownAt)) as string
            : null;

    private static ExportUnavailableException NoRun(ProductExport export, DateOnly? asKnownAt) => new(asKnownAt is { } k
        ? $"{export.Name}: no stored assessment run as known at {k:yyyy-MM-dd} (run 'cfp build --as-known-at {k:yyyy-MM-dd}' and 'cfp assess --year YYYY --as-known-at {k:yyyy-MM-dd}' first)"
        : $"{export.Name}: no stored assessment runs yet (run '{export.MadeBy}' first)");

    private (ExportOptions, ExportProvenance) Prepare(ProductExport export, ExportRequest request, bool latestRunByDefault)
    {
        if (MissingTables(export) is { Count: > 0 } missing)
            throw new ExportUnavailableException($"{export.Name}: the warehouse has no {string.Join(", ", missing)} yet (run '{export.MadeBy}' first)");
        if (request.Unit is not null && !export.ByUnit) throw new ExportRequestException($"{export.Name} cannot be filtered by unit");
        if (request.Period is not null && !export.ByPeriod) throw new ExportRequestException($"{export.Name} cannot be filtered by period");
        if (request.Run is not null && !export.PerRun)
            throw new ExportRequestException($"a run applies to the per-run assessment tables ({string.Join(", ", ProductExports.All.Where(e => e.PerRun).Select(e => e.Name))}), not {export.Name}");
        if (request.Unit is { } unit && (unit.Length is < 4 or > 12 || !unit.All(char.IsAsciiDigit)))
            throw new ExportRequestException($"'{unit}' is not an org code (4 to 12 digits)");
        if (request.SmallCellThreshold < 1) throw new ExportRequestException("k must be at least 1 (1: nothing withheld)");

        var parameters = new Dictionary<string, object?>();
        if (export.ByUnit) parameters["unit"] = request.Unit;
        if (export.ByPeriod)
        {
            parameters["period_from"] = request.Period?.First;
            parameters["period_to"] = request.Period?.Last;
        }
        string? run = null;
        if (export.PerRun)
        {
            run = request.Run ?? (latestRunByDefault ? LatestRun(request.AsKnownAt) ?? throw NoRun(export, request.AsKnownAt) : null);
            if (request.Run is not null && Scalar("select count(*) from assessment_runs where run_id = $run", ("run", run)) is long n && n == 0)
                throw new ExportRequestException($"no stored run '{request.Run}' (see 'cfp assess --list')");
            parameters["run"] = run;
            // the runs of another knowledge date are other figures: --as-known-at D exports the runs as known at D
            parameters["run_known_at"] = request.AsKnownAt;
        }

        var options = new ExportOptions
        {
            SmallCellThreshold = request.SmallCellThreshold,
            SqlParameters = parameters,
            CsvByteOrderMark = request.CsvByteOrderMark,
        };
        var asked = new Dictionary<string, string>();
        if (request.Unit is { } u) asked["unit"] = u;
        if (request.Period is { } p) asked["period"] = p.Label;
        if (run is not null) asked["run"] = run;
        if (request.AsKnownAt is { } k) asked["as_known_at"] = k.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (export.Definition.Suppression is not null) asked["k"] = request.SmallCellThreshold.ToString(CultureInfo.InvariantCulture);
        var provenance = new ExportProvenance
        {
            KnowledgeDate = KnowledgeDate(),
            BatchIds = BatchIds(),
            IndicatorDefinitions = export.Definition.Column("indicator") is null ? new Dictionary<string, string>() : IndicatorDefinitions(),
            Parameters = asked,
        };
        return (options, provenance);
    }

    private DateOnly? KnowledgeDate() =>
        TableExists("build_context") && Scalar("select as_known_at from build_context") is DateOnly k ? k : null;

    /// <summary>The batch versions the build used, as <c>scope/as_of/version</c> (the same ids assessment runs hash).</summary>
    private List<string> BatchIds()
    {
        var ids = new List<string>();
        if (!TableExists("stg_known_versions")) return ids;
        using var command = connection.CreateCommand();
        command.CommandText = "select cast(scope as varchar), as_of, version_ord from stg_known_versions order by 1, 2, 3";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            ids.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)}/{reader.GetFieldValue<DateOnly>(1):yyyy-MM-dd}/{reader.GetInt64(2)}"));
        return ids;
    }

    /// <summary>Indicator id → its definition from the catalogue model (stg_indicator_catalog).</summary>
    private Dictionary<string, string> IndicatorDefinitions()
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!TableExists("stg_indicator_catalog")) return definitions;
        using var command = connection.CreateCommand();
        command.CommandText = "select indicator, name_zh, name_en, kind, scale, better, group_name from stg_indicator_catalog order by indicator";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var scale = reader.IsDBNull(4) ? 1 : Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture);
            definitions[reader.GetString(0)] = string.Create(CultureInfo.InvariantCulture,
                $"{reader.GetString(1)} / {reader.GetString(2)}: {reader.GetString(3)}{(scale != 1 ? $" × {scale}" : "")}" +
                $"{(reader.IsDBNull(5) ? "" : $", {reader.GetString(5)} is better")}; group {reader.GetString(6)} (docs: indicators.md)");
        }
        return definitions;
    }

    private bool TableExists(string table) =>
        Scalar("select count(*) from information_schema.tables where table_name = $t", ("t", table)) is long n && n > 0;

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }
}
