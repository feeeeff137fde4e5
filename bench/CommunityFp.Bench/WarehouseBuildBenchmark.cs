using System.Text;
using CommunityFp.Etl;
using CommunityFp.Models;

namespace CommunityFp.Bench;

/// <summary>
/// Builds an existing warehouse (e.g. a copy of a loaded city district): a full build; then, when batch folders are
/// given, loads them and measures the incremental build against a full build of the same warehouse (the baseline,
/// in the same run). Prints every model's and data test's time, so that the slow ones can be found.
/// </summary>
public static class WarehouseBuildBenchmark
{
    public static string Run(string database, IReadOnlyList<string> arguments)
    {
        // --no-baseline: compare the incremental build with the first full build (one month less) instead of
        // building in full again, when a full build takes long
        var baselineAgain = !arguments.Contains("--no-baseline");
        var moreBatches = arguments.Where(a => a != "--no-baseline").ToList();
        var catalog = ModelCatalog.LoadProductModels();
        var report = new StringBuilder("| step | time | peak memory |\n|---|---|---|\n");
        var details = new StringBuilder();
        using var loader = WarehouseLoader.Open(database);
        ModelBuildSummary? summary = null;
        var full = Measurement.Of($"full build of {Path.GetFileName(database)}", () =>
            summary = ModelBuilder.BuildWarehouse(loader.Connection, catalog, null, full: true));
        report.AppendLine(full.ToString());
        Describe(details, "full build", summary!);
        if (moreBatches.Count == 0) return report + "\n" + details;

        var load = Measurement.Of($"load {moreBatches.Count} more batch folder(s)", () => loader.Load(moreBatches));
        report.AppendLine(load.ToString());
        var incremental = Measurement.Of("incremental build", () =>
            summary = ModelBuilder.BuildWarehouse(loader.Connection, catalog, null));
        report.AppendLine(incremental.ToString());
        Describe(details, $"incremental build (rebuild_from {summary!.Context?.RebuildFrom})", summary);
        var afterIncremental = Fingerprints(loader.Connection, catalog);
        if (!baselineAgain)
        {
            report.AppendLine($"\nincremental / full build before the new batches = {incremental.Elapsed / full.Elapsed:0.000}");
            return report + "\n" + details;
        }
        var baseline = Measurement.Of("full build of the same warehouse (baseline)", () =>
            summary = ModelBuilder.BuildWarehouse(loader.Connection, catalog, null, full: true));
        report.AppendLine(baseline.ToString());
        Describe(details, "baseline full build", summary!);
        report.AppendLine($"\nincremental / full = {incremental.Elapsed / baseline.Elapsed:0.000}");
        var afterFull = Fingerprints(loader.Connection, catalog);
        var differing = afterFull.Where(f => afterIncremental.GetValueOrDefault(f.Key) != f.Value).Select(f => f.Key).ToList();
        report.AppendLine(differing.Count == 0
            ? $"every one of {afterFull.Count} model tables is identical after the incremental and the full build"
            : $"DIFFERENT after the incremental and the full build: {string.Join(", ", differing)}");
        return report + "\n" + details;
    }

    // Order-independent fingerprint of every model table: row count and the sum of row hashes.
    private static Dictionary<string, string> Fingerprints(DuckDB.NET.Data.DuckDBConnection connection, ModelCatalog catalog)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var model in catalog.Models.Where(m => m.Materialization != Materialization.View))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"select count(*) || ':' || coalesce(sum(hash(t))::varchar, '') from {model.Name} t";
            result[model.Name] = Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        return result;
    }

    private static void Describe(StringBuilder details, string title, ModelBuildSummary summary)
    {
        details.AppendLine($"### {title}: models {summary.Models.Sum(m => m.Elapsed.TotalSeconds):0.0} s, tests {summary.Tests.Sum(t => t.Elapsed.TotalSeconds):0.0} s");
        foreach (var (model, elapsed) in summary.Models.OrderByDescending(m => m.Elapsed).Take(15))
            details.AppendLine($"    {elapsed.TotalSeconds,8:0.00} s  {model}  {summary.Rebuilt.GetValueOrDefault(model)}");
        foreach (var test in summary.Tests.OrderByDescending(t => t.Elapsed).Take(8))
            details.AppendLine($"    {test.Elapsed.TotalSeconds,8:0.00} s  test {test.Model}: {test.Test.Name}");
    }
}
