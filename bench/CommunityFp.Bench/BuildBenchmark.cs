using CommunityFp.Etl;
using CommunityFp.Generator;
using CommunityFp.Models;

namespace CommunityFp.Bench;

/// <summary>
/// The full build of every model over a scale's whole history, then the incremental build after one more month is
/// loaded, against a full build of the same warehouse (the baseline, measured in the same run).
/// </summary>
public static class BuildBenchmark
{
    public static string Run(string scale, string work)
    {
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var batches = Path.Combine(work, "batches");
        var summary = RegisterGenerator.Generate(new GeneratorOptions(Enum.Parse<GeneratorScale>(scale, ignoreCase: true), batches));
        var lastMonth = summary.BatchFolders.Select(f => Path.GetFileName(f)[..7]).Max(StringComparer.Ordinal)!;
        var allButLast = summary.BatchFolders.Where(f => string.CompareOrdinal(Path.GetFileName(f)[..7], lastMonth) < 0)
            .Select(f => Path.Combine(batches, f)).ToList();
        var db = Path.Combine(work, "warehouse.duckdb");
        var catalog = ModelCatalog.LoadProductModels();

        using var loader = WarehouseLoader.Open(db);
        loader.Load(allButLast);
        var full = Measurement.Of($"full build, {scale}, history up to the month before {lastMonth}", () =>
            ModelBuilder.BuildWarehouse(loader.Connection, catalog, null, full: true));
        loader.Load([batches]);
        var incremental = Measurement.Of($"incremental build after loading {lastMonth}", () =>
            ModelBuilder.BuildWarehouse(loader.Connection, catalog, null));
        var fullAgain = Measurement.Of("full build of the same warehouse (baseline)", () =>
            ModelBuilder.BuildWarehouse(loader.Connection, catalog, null, full: true));
        loader.Dispose();
        var size = new FileInfo(db).Length;
        Directory.Delete(work, true);
        return $"| step | time | peak memory |\n|---|---|---|\n{full}\n{incremental}\n{fullAgain}\n\n"
               + $"{catalog.Models.Count} models; incremental / full = {incremental.Elapsed / fullAgain.Elapsed:0.00}; warehouse {size / 1048576.0:N0} MB";
    }
}
