using CommunityFp.Etl;
using CommunityFp.Generator;

namespace CommunityFp.Bench;

/// <summary>Every batch of a scale (realistic defects) into a fresh warehouse: total time, peak memory, size per month.</summary>
public static class FullLoadBenchmark
{
    public static string Run(string scale, string work)
    {
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var batches = Path.Combine(work, "batches");
        var summary = RegisterGenerator.Generate(new GeneratorOptions(Enum.Parse<GeneratorScale>(scale, ignoreCase: true), batches));
        var db = Path.Combine(work, "warehouse.duckdb");
        LoadRunSummary? result = null;
        var load = Measurement.Of($"cfp load {scale} (all batches)", () =>
        {
            using var loader = WarehouseLoader.Open(db);
            result = loader.Load([batches]);
        });
        var months = summary.BatchFolders.Select(f => Path.GetFileName(f)[..7]).Distinct().Count();
        var size = new FileInfo(db).Length;
        var rows = result!.Batches.Sum(b => b.RowsRead);
        Directory.Delete(work, true);
        return $"| step | time | peak memory |\n|---|---|---|\n{load}\n\n{summary.Batches} batches over {months} months, {rows:N0} rows read, {rows / load.Elapsed.TotalSeconds:N0} rows/s; warehouse {size / 1048576.0:N1} MB = {size / 1048576.0 / months:N2} MB per month of history";
    }
}
