using System.CommandLine;
using System.Globalization;
using CommunityFp.Cli.Terminal;
using CommunityFp.Etl;
using CommunityFp.Exports;
using CommunityFp.Exports.Deidentification;
using CommunityFp.Exports.Product;
using CommunityFp.Models;

namespace CommunityFp.Cli.Commands;

/// <summary>
/// <c>cfp export NAME --format arrow|arrow-stream|parquet|csv --out FILE</c>, <c>cfp export --list</c> and
/// <c>cfp export lake --out DIR</c>: the product's exports (<see cref="ProductExports"/>) from the warehouse file.
/// Whoever runs the CLI holds the warehouse file, so it offers the administrators' exports too.
/// </summary>
public static class ExportCommand
{
    /// <summary>The name that writes the lake instead of one export.</summary>
    public const string Lake = "lake";

    private static readonly Dictionary<string, ExportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["arrow"] = ExportFormat.Arrow, ["arrow-stream"] = ExportFormat.ArrowStream, ["parquet"] = ExportFormat.Parquet, ["csv"] = ExportFormat.Csv,
    };

    public static Command Create()
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "What to export (see --list), or 'lake' for every researcher export as a Hive-partitioned Parquet lake.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Option<bool>("--list") { Description = "List the exports: name, kind, who may receive them, description." };
        var format = new Option<string?>("--format")
        {
            Description = "arrow (Arrow IPC file), arrow-stream, parquet or csv (default: from the file's extension, else csv).",
            HelpName = "FORMAT",
        }.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--out") { Description = "The file to write (the directory for 'lake').", HelpName = "FILE" };
        var unit = new Option<string?>("--unit") { Description = "Only this org unit and everything under it.", HelpName = "CODE" };
        var period = new Option<string?>("--period") { Description = "Only rows within this period: 2007, 2007-Q1 or 2007-03.", HelpName = "P" };
        var asKnownAt = new Option<string?>("--as-known-at")
        {
            Description = "The figures as they could have been computed on this date: builds the models for it in memory (the warehouse is not changed).",
            HelpName = "YYYY-MM-DD",
        };
        var k = new Option<int>("--k") { Description = "Small-cell threshold: counts 1 … k−1 are withheld (1: none).", DefaultValueFactory = _ => 5, HelpName = "N" };
        var run = new Option<string?>("--run") { Description = "For the per-run assessment tables: the stored run (default: the latest).", HelpName = "RUN" };
        var db = CommonOptions.Database();
        var command = new Command("export", "Export a mart, de-identified microdata or a load table as an Arrow file or stream, Parquet or CSV, or every researcher export as a Parquet lake.")
        {
            name, list, format, output, unit, period, asKnownAt, k, run, db,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            if (parse.GetValue(list)) return List(writer);
            var what = parse.GetValue(name) ?? throw new UsageException("name an export (see 'cfp export --list'), or 'lake'");
            var outPath = parse.GetValue(output) ?? throw new UsageException("--out: where to write the export");
            var request = new ExportRequest
            {
                Unit = parse.GetValue(unit),
                Period = ParsePeriod(parse.GetValue(period)),
                Run = parse.GetValue(run),
                SmallCellThreshold = parse.GetValue(k),
                AsKnownAt = BuildCommand.ParseDate(parse.GetValue(asKnownAt), "--as-known-at"),
                CsvByteOrderMark = true,
            };
            var dbPath = parse.GetValue(db)!;
            if (what == Lake)
            {
                if (parse.GetValue(format) is { } f && f != "parquet") throw new UsageException("--format: the lake is Parquet");
                return Run(dbPath, request, buildsModels: true, writer, parse.InvocationConfiguration.Error, exporter => WriteLake(exporter, outPath, request, writer));
            }
            var export = ProductExports.Find(what)
                ?? throw new UsageException($"{what} is not an export; choose one of {string.Join(", ", ProductExports.All.Select(e => e.Name))} (or 'lake')");
            var chosen = parse.GetValue(format) is { } given ? Formats[given] : FormatOf(outPath);
            // the assessment runs and load tables are stored, not built: --as-known-at picks among them, it builds nothing
            var buildsModels = export.MadeBy == "cfp build";
            return Run(dbPath, request, buildsModels, writer, parse.InvocationConfiguration.Error, exporter => WriteOne(exporter, export, chosen, outPath, request, writer));
        });
        return command;
    }

    private static int List(TextWriter output)
    {
        foreach (var e in ProductExports.All)
        {
            var kind = e.Definition.Kind == Exports.Catalog.ExportKind.Microdata ? "microdata" : "aggregate";
            var who = e.Audience == ExportAudience.Researchers ? "researchers" : "administrators";
            var filters = string.Join(" ", new[] { e.ByUnit ? "--unit" : null, e.ByPeriod ? "--period" : null, e.PerRun ? "--run" : null, e.Definition.Suppression is null ? null : "--k" }.OfType<string>());
            output.WriteLine($"{e.Name,-26} {kind,-9} {who,-14} {filters}");
            output.WriteLine($"    {e.Definition.Description}");
        }
        return ExitCodes.Success;
    }

    private static int Run(string dbPath, ExportRequest request, bool buildsModels, TextWriter output, TextWriter error, Func<ProductExporter, int> write)
    {
        if (!File.Exists(dbPath)) throw new UsageException($"{dbPath}: no warehouse here (run 'cfp load' first, or set --db)");
        using var loader = WarehouseLoader.Open(dbPath);
        try
        {
            using var workspace = buildsModels && request.AsKnownAt is { } k && BuiltAsKnownAt(loader) != k ? BuildAsKnownAt(loader, k, output) : null;
            return write(new ProductExporter(loader.Connection));
        }
        catch (ExportRequestException e) { throw new UsageException(e.Message); }
        catch (Exception e) when (e is ExportUnavailableException or PersonalDataException or ModelBuildException or ModelDefinitionException)
        {
            error.WriteLine($"cfp: {e.Message}");
            return ExitCodes.InputRefused;
        }
    }

    private static KnownAtWorkspace BuildAsKnownAt(WarehouseLoader loader, DateOnly k, TextWriter output)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var workspace = ProgressDisplay.Run("build", output, report =>
            KnownAtWorkspace.Build(loader.Connection, k, new SyncProgress<ModelBuildProgress>(p => report(p.Done, p.Total, $"{p.Stage} {p.Model}"))));
        output.WriteLine($"Built the models as known at {k:yyyy-MM-dd} in memory in {started.Elapsed.TotalSeconds:0.0} s (the warehouse is unchanged).");
        return workspace;
    }

    private static int WriteOne(ProductExporter exporter, ProductExport export, ExportFormat format, string path, ExportRequest request, TextWriter output)
    {
        var result = exporter.ToFileAsync(export, format, Path.GetFullPath(path), request).GetAwaiter().GetResult();
        output.WriteLine($"Wrote {result.Rows:N0} rows of {export.Name} to {path}{Describe(result)}.");
        return ExitCodes.Success;
    }

    private static int WriteLake(ProductExporter exporter, string directory, ExportRequest request, TextWriter output)
    {
        var (written, skipped) = exporter.LakeAsync(Path.GetFullPath(directory), request).GetAwaiter().GetResult();
        foreach (var result in written) output.WriteLine($"  {result.Name,-22} {result.Rows,12:N0} rows{Describe(result)}");
        if (skipped.Count > 0) output.WriteLine($"  not yet available (nothing to export): {string.Join(", ", skipped)}");
        output.WriteLine($"Wrote the lake to {directory}: {written.Count} exports, Hive-partitioned by year and district " +
                         $"(read with read_parquet('{directory}/NAME/**/*.parquet', hive_partitioning = true)).");
        return ExitCodes.Success;
    }

    private static string Describe(ExportResult result) => result.Suppression is { } s
        ? string.Create(CultureInfo.InvariantCulture, $" (k = {s.K}: {s.PrimaryCells:N0} cells withheld as small, {s.SecondaryCells:N0} more so that none can be solved)")
        : "";

    private static ExportFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".arrow" or ".feather" => ExportFormat.Arrow,
        ".arrows" => ExportFormat.ArrowStream,
        ".parquet" => ExportFormat.Parquet,
        _ => ExportFormat.Csv,
    };

    private static PeriodRange? ParsePeriod(string? text)
    {
        if (text is null) return null;
        try { return PeriodRange.Parse(text); }
        catch (FormatException e) { throw new UsageException("--period: " + e.Message); }
    }

    private static DateOnly? BuiltAsKnownAt(WarehouseLoader loader)
    {
        using var command = loader.Connection.CreateCommand();
        command.CommandText = "select count(*) from information_schema.tables where table_name = 'build_context'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0) return null;
        command.CommandText = "select as_known_at from build_context";
        return command.ExecuteScalar() is DateOnly d ? d : null;
    }
}
