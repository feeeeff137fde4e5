using CommunityFp.Bench;

// cfp-bench: generation and load benchmarks. Usage:
//   cfp-bench generate SCALE            time and peak memory of `cfp generate` at tiny|demo|city
//   cfp-bench load-month SCALE [--batches DIR] [--month YYYY-MM]
//                                       one monthly batch into a warehouse holding the previous month, every record
//                                       read and with unchanged records reused, against DuckDB's plain
//                                       CREATE TABLE … AS SELECT * FROM read_csv(…) of the same files; --batches reads
//                                       existing batches (e.g. /work/data/city-batches) instead of generating two months
//   cfp-bench load-all SCALE [--compare] [--batches DIR]
//                                       every batch of the scale: total time, CPU, peak memory, warehouse size per month;
//                                       --compare loads them again reading every record and compares the histories;
//                                       --batches loads the existing batches under DIR (e.g. one district) instead
//   cfp-bench build SCALE               full build of every model, then the incremental build after one more month
//   cfp-bench build-warehouse DB [BATCHES...]  full build of an existing warehouse; with batch folders, loads them and
//                                       measures the incremental build against a full build (every model's time)
// Results go to stdout as markdown rows and to bench/results/.
var scale = args.Length > 1 ? args[1] : "tiny";
var work = Path.Combine(Path.GetTempPath(), $"cfp-bench-{scale}-{Environment.ProcessId}");
var report = args.FirstOrDefault() switch
{
    "generate" => GenerationBenchmark.Run(scale, work),
    "load-month" => MonthlyLoadBenchmark.Run(scale, work, Option("--batches"), Option("--month")),
    "load-all" => FullLoadBenchmark.Run(scale, work, args.Contains("--compare"), Option("--batches")),
    "build" => BuildBenchmark.Run(scale, work),
    "build-warehouse" => WarehouseBuildBenchmark.Run(args[1], args[2..]),
    _ => null,
};
if (report is null)
{
    Console.Error.WriteLine("usage: cfp-bench generate|load-month|load-all|build tiny|demo|city [--batches DIR] [--month YYYY-MM]");
    return 2;
}
Console.WriteLine(report);
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root.Parent is not null && !File.Exists(Path.Combine(root.FullName, "CommunityFp.Analytics.sln"))) root = root.Parent;
var results = Path.Combine(root.FullName, "bench", "results");
Directory.CreateDirectory(results);
File.AppendAllText(Path.Combine(results, $"{args[0]}-{Path.GetFileNameWithoutExtension(scale)}.md"), $"\n## {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC\n{report}\n");
return 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
