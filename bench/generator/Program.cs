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
if (args[0] == "validate")
{
    // GeneratorBench validate <scale> <seed> [defects] [from] [to]: generate to a temp folder, run the contract validator.
    var dir = Path.Combine(Path.GetTempPath(), "cfp-validate-" + args[2]);
    var result = RegisterGenerator.Generate(new GeneratorOptions(Enum.Parse<GeneratorScale>(args[1], true), dir,
        int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 4 ? YearMonth.Parse(args[4]) : null, args.Length > 5 ? YearMonth.Parse(args[5]) : null,
        args.Length > 3 ? Enum.Parse<DefectLevel>(args[3], true) : DefectLevel.Realistic));
    var reports = result.BatchFolders.Select(f => CommunityFp.Registers.Validation.BatchValidator.Validate(Path.Combine(dir, f))).ToList();
    var errors = reports.SelectMany(r => r.RowErrors).GroupBy(e => e.Kind).Select(g => $"{g.Key}={g.Count()}");
    var warnings = reports.SelectMany(r => r.Warnings).GroupBy(e => e.Kind).Select(g => $"{g.Key}={g.Count()}");
    Console.WriteLine($"seed={args[2]} batches={result.Batches} refusals={reports.Sum(r => r.Refusals.Count)} " +
        $"errors[{string.Join(",", errors)}] warnings[{string.Join(",", warnings)}]");
    Directory.Delete(dir, recursive: true);
    return;
}
if (args[0] == "assess")
{
    // GeneratorBench assess <scale> <year> [seed] [defects]: simulate to the end of the next year, preview the assessment.
    var year = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var run = GenerationRun.Create(new GeneratorOptions(Enum.Parse<GeneratorScale>(args[1], true), "unused",
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20070101,
        Defects: args.Length > 4 ? Enum.Parse<DefectLevel>(args[4], true) : DefectLevel.Realistic));
    run.Initialise();
    for (var m = run.SimulationFirstMonth; m < (year + 1) * 12 + 3; m++) run.SimulateMonth(m);
    var results = CommunityFp.Generator.Diagnostics.AssessmentPreview.Run(run.Districts.Select(d => d.State), year);
    foreach (var r in results.OrderBy(r => r.Score))
        Console.WriteLine($"{r.Code} n={r.Residents,5} score={r.Score,6:F1} veto={(r.Vetoed ? 1 : 0)} dabiao={(r.Dabiao ? 1 : 0)} xianjin={(r.Xianjin ? 1 : 0)} " +
            string.Join(" ", r.Values.Select((v, k) => $"{CommunityFp.Generator.Diagnostics.AssessmentPreview.Indicators[k][..4]}={(v is { } x ? x.ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : "-")}")));
    Console.WriteLine($"communities={results.Count} dabiao={results.Count(r => r.Dabiao) / (double)results.Count:P1} " +
        $"xianjin={results.Count(r => r.Xianjin) / (double)results.Count:P1} vetoed={results.Count(r => r.Vetoed)}");
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
