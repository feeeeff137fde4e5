using CommunityFp.Etl;
using CommunityFp.Generator;

namespace CommunityFp.Bench;

/// <summary>
/// Every batch of a scale (realistic defects) into a fresh warehouse: total time, peak memory, size per month. With
/// <c>--compare</c> the same batches are loaded a second time reading every record (the loader before record reuse),
/// and the two warehouses' history digests must be equal. With <c>--batches DIR</c> the existing batches under DIR are
/// loaded instead (never written; e.g. one district of the city: <c>--batches /work/data/etl/city-batches/220202</c>).
/// </summary>
public static class FullLoadBenchmark
{
    public static string Run(string scale, string work, bool compare = false, string? batchRoot = null)
    {
        if (Directory.Exists(work)) Directory.Delete(work, true);
        Directory.CreateDirectory(work);
        var batches = batchRoot ?? Path.Combine(work, "batches");
        var folders = batchRoot is null
            ? RegisterGenerator.Generate(new GeneratorOptions(Enum.Parse<GeneratorScale>(scale, ignoreCase: true), batches)).BatchFolders
            : Directory.EnumerateFiles(batchRoot, "manifest.json", SearchOption.AllDirectories).Select(Path.GetDirectoryName).OfType<string>().ToList();
        var db = Path.Combine(work, "warehouse.duckdb");
        LoadRunSummary? result = null;
        var load = Measurement.Of($"cfp load {scale} (all batches, unchanged records reused)", () =>
        {
            using var loader = WarehouseLoader.Open(db);
            result = loader.Load([batches]);
        });
        var months = folders.Select(f => Path.GetFileName(f)[..7]).Distinct().Count();
        var size = new FileInfo(db).Length;
        var rows = result!.Batches.Sum(b => b.RowsRead);
        var reused = result.Batches.Sum(b => b.Files.Sum(f => f.RowsReused));
        var text = $"| step | wall | CPU | peak memory |\n|---|---|---|---|\n{load.WithCpu()}\n";
        if (compare)
        {
            var wholeDb = Path.Combine(work, "whole.duckdb");
            var whole = Measurement.Of($"cfp load {scale} (all batches, every record read: before)", () =>
            {
                using var loader = WarehouseLoader.Open(wholeDb);
                loader.ReuseUnchangedRecords = false;
                loader.Load([batches]);
            });
            text += $"{whole.WithCpu()}\n\nreuse / every record read = {load.Elapsed / whole.Elapsed:0.00}; history, quarantine and warnings equal: {MonthlyLoadBenchmark.SameHistory(db, wholeDb)}\n";
        }
        Directory.Delete(work, true);
        return text + $"\n{folders.Count} batches over {months} months, {rows:N0} rows read ({reused:N0} reused = {100.0 * reused / Math.Max(1, rows):0.0}%), {rows / load.Elapsed.TotalSeconds:N0} rows/s; warehouse {size / 1048576.0:N1} MB = {size / 1048576.0 / months:N2} MB per month of history";
    }
}
