using System.CommandLine;
using CommunityFp.Cli.Terminal;
using CommunityFp.Generator;

namespace CommunityFp.Cli.Commands;

/// <summary><c>cfp generate</c>: writes synthetic register snapshot batches (registers.md) for the demo, tests and benchmarks.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var scale = new Option<string>("--scale")
        {
            Description = "tiny: one district, ~2,000 residents, 2006-12..2008-01; demo: two districts, ~60,000, 2005..2010; city: four districts, ~1.9 million, 2005..2010.",
            Required = true,
            HelpName = "tiny|demo|city",
        }.AcceptOnlyFromAmong("tiny", "demo", "city");
        var output = new Option<string>("--out") { Description = "Folder to write the batches into (DIR/<scope>/<as_of>/).", Required = true, HelpName = "DIR" };
        var seed = new Option<int>("--seed") { Description = "Seed: the same arguments always give byte-identical output.", DefaultValueFactory = _ => 20070101 };
        var from = new Option<string?>("--from") { Description = "First month to export (default: the scale's first).", HelpName = "YYYY-MM" };
        var to = new Option<string?>("--to") { Description = "Last month to export (default: the scale's last).", HelpName = "YYYY-MM" };
        var defects = new Option<string>("--defects")
        {
            Description = "none: clean UTF-8, no re-sends; realistic: what real exports have; heavy: stresses the ETL.",
            DefaultValueFactory = _ => "realistic",
            HelpName = "none|realistic|heavy",
        }.AcceptOnlyFromAmong("none", "realistic", "heavy");

        var command = new Command("generate", "Generate synthetic register snapshot batches (no real personal data).")
        {
            scale, output, seed, from, to, defects,
        };
        command.SetAction(parse =>
        {
            var options = new GeneratorOptions(
                Enum.Parse<GeneratorScale>(parse.GetValue(scale)!, ignoreCase: true),
                parse.GetValue(output)!,
                parse.GetValue(seed),
                ParseMonth(parse.GetValue(from), "--from"),
                ParseMonth(parse.GetValue(to), "--to"),
                Enum.Parse<DefectLevel>(parse.GetValue(defects)!, ignoreCase: true));
            if (options is { From: { } f, To: { } t } && f.CompareTo(t) > 0)
                throw new UsageException($"--from {f} is after --to {t}");
            return Run(options, parse.InvocationConfiguration.Output);
        });
        return command;
    }

    private static int Run(GeneratorOptions options, TextWriter output)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var summary = ProgressDisplay.Run($"generate {options.Scale.ToString().ToLowerInvariant()}", output, report =>
            RegisterGenerator.Generate(options, new SyncProgress<GenerationProgress>(p =>
                report(p.BatchesDone, p.BatchesTotal, $"{p.Scope} {p.AsOf}"))));
        output.WriteLine($"Wrote {summary.Batches} batches, {summary.Rows:N0} rows, to {Path.GetFullPath(options.OutputDirectory)} in {started.Elapsed.TotalSeconds:0.0} s.");
        return ExitCodes.Success;
    }



    private static YearMonth? ParseMonth(string? text, string option)
    {
        if (text is null) return null;
        try { return YearMonth.Parse(text); }
        catch (FormatException e) { throw new UsageException($"{option}: {e.Message}"); }
    }
}
