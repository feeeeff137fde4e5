using System.Diagnostics;
using CommunityFp.Generator;

// Usage: GeneratorBench <tiny|demo|city> <out-dir> [seed] [none|realistic|heavy] [from YYYY-MM] [to YYYY-MM]
//        GeneratorBench stats <tiny|demo|city> <year> [seed]   (calibration figures of the simulated world, no output)
if (args[0] == "stats")
{
    var statsOptions = new GeneratorOptions(Enum.Parse<GeneratorScale>(args[1], true), "unused",
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20070101);
    var w = Stopwatch.StartNew();
    var stats = CommunityFp.Generator.Diagnostics.WorldStatistics.ForYear(GenerationRun.Create(statsOptions), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine(stats);
    Console.WriteLine($"seconds={w.Elapsed.TotalSeconds:F1}");
    return;
}
var scale = Enum.Parse<GeneratorScale>(args[0], ignoreCase: true);
var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20070101;
var defects = args.Length > 3 ? Enum.Parse<DefectLevel>(args[3], ignoreCase: true) : DefectLevel.Realistic;
YearMonth? from = args.Length > 4 ? YearMonth.Parse(args[4]) : null;
YearMonth? to = args.Length > 5 ? YearMonth.Parse(args[5]) : null;
var options = new GeneratorOptions(scale, args[1], seed, from, to, defects);
var watch = Stopwatch.StartNew();
var lastReport = TimeSpan.Zero;
var progress = new SyncProgress(p =>
{
    if (watch.Elapsed - lastReport < TimeSpan.FromSeconds(10) && p.BatchesDone != p.BatchesTotal) return;
    lastReport = watch.Elapsed;
    Console.WriteLine($"{watch.Elapsed:mm\\:ss} {p.Scope}/{p.AsOf} {p.BatchesDone}/{p.BatchesTotal} rows={p.RowsWritten:N0}");
});
var summary = RegisterGenerator.Generate(options, progress);
watch.Stop();
Console.WriteLine($"scale={scale} defects={defects} batches={summary.Batches} rows={summary.Rows:N0} " +
    $"seconds={watch.Elapsed.TotalSeconds:F2} peak_working_set_mb={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} " +
    $"injected_defects={summary.InjectedDefects.Count}");

internal sealed class SyncProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
{
    public void Report(GenerationProgress value) => report(value);
}
