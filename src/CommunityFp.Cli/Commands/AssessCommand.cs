using System.CommandLine;
using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Warehouse;
using CommunityFp.Cli.Terminal;
using CommunityFp.Etl;

namespace CommunityFp.Cli.Commands;

/// <summary>
/// <c>cfp assess --year Y</c>: runs the assessment on the last build's figures and stores the run;
/// <c>cfp assess --list</c> lists stored runs; <c>cfp assess diff RUN_A RUN_B</c> explains a restatement.
/// </summary>
public static class AssessCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var year = new Option<int?>("--year") { Description = "The assessment year Y (figures of Y, stocks at 31 Dec).", HelpName = "YYYY" };
        var scheme = new Option<string?>("--scheme")
        {
            Description = "A scheme file (JSON with comments); default: the shipped scheme of the year (2007's up to 2007, 2010's from 2008).",
            HelpName = "FILE",
        };
        var asKnownAt = new Option<string?>("--as-known-at")
        {
            Description = "The knowledge date the last build must have (assess builds nothing: run 'cfp build --as-known-at' first).",
            HelpName = "YYYY-MM-DD",
        };
        var list = new Option<bool>("--list") { Description = "List the stored runs instead of assessing." };
        var command = new Command("assess", "Assess every community, street and district on a year's indicators (one-vote vetoes, standards, targets) and store the run.")
        {
            db, year, scheme, asKnownAt, list, DiffCommand(),
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var dbPath = ExistingWarehouse(parse.GetValue(db)!);
            if (parse.GetValue(list)) return WithWarehouse(dbPath, parse.InvocationConfiguration.Error, loader => ListRuns(loader, output));
            var y = parse.GetValue(year) ?? throw new UsageException("assess: give --year YYYY (or --list, or 'assess diff RUN_A RUN_B')");
            var k = BuildCommand.ParseDate(parse.GetValue(asKnownAt), "--as-known-at");
            var loaded = LoadScheme(parse.GetValue(scheme), y, parse.InvocationConfiguration.Error);
            if (loaded is null) return ExitCodes.InputRefused;
            return WithWarehouse(dbPath, parse.InvocationConfiguration.Error, loader =>
            {
                var outcome = new AssessmentRunner(loader.Connection).Run(loaded, y, k);
                AssessmentSummaryWriter.Write(outcome, output);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command DiffCommand()
    {
        var db = CommonOptions.Database();
        var runA = new Argument<string>("RUN_A") { Description = "The earlier run (an id from 'cfp assess --list')." };
        var runB = new Argument<string>("RUN_B") { Description = "The later run." };
        var command = new Command("diff", "List the units whose score, standards or veto changed between two stored runs, and the criteria that moved.")
        {
            runA, runB, db,
        };
        command.SetAction(parse =>
        {
            var dbPath = ExistingWarehouse(parse.GetValue(db)!);
            return WithWarehouse(dbPath, parse.InvocationConfiguration.Error, loader =>
            {
                var a = RunStore.Read(loader.Connection, parse.GetValue(runA)!) ?? throw UnknownRun(parse.GetValue(runA)!);
                var b = RunStore.Read(loader.Connection, parse.GetValue(runB)!) ?? throw UnknownRun(parse.GetValue(runB)!);
                RunDiffWriter.Write(parse.GetValue(runA)!, parse.GetValue(runB)!, Assessment.Results.AssessmentDiff.Diff(a, b), parse.InvocationConfiguration.Output);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static UsageException UnknownRun(string id) => new($"assess diff: no stored run '{id}' (see 'cfp assess --list')");

    private static string ExistingWarehouse(string dbPath) =>
        File.Exists(dbPath) ? dbPath : throw new UsageException($"{dbPath}: no warehouse here (run 'cfp load' and 'cfp build' first, or set --db)");

    /// <summary>The scheme file, or the shipped scheme of the year; an invalid file is refused input (exit 1) naming each JSON path.</summary>
    private static LoadedScheme? LoadScheme(string? file, int year, TextWriter error)
    {
        if (file is not null && !File.Exists(file)) throw new UsageException($"--scheme: {file}: no such file");
        try
        {
            return file is null ? DefaultSchemes.ForYear(year) : SchemeLoader.LoadFile(file);
        }
        catch (SchemeValidationException e)
        {
            error.WriteLine($"cfp: {e.Message}");
            return null;
        }
    }

    private static int WithWarehouse(string dbPath, TextWriter error, Func<WarehouseLoader, int> work)
    {
        try
        {
            using var loader = WarehouseLoader.Open(dbPath);
            return work(loader);
        }
        catch (AssessmentInputsException e)
        {
            throw new UsageException($"assess: {e.Message}");
        }
    }

    private static int ListRuns(WarehouseLoader loader, TextWriter output)
    {
        var runs = RunStore.List(loader.Connection);
        if (runs.Count == 0)
        {
            output.WriteLine("No stored assessment runs (run 'cfp assess --year YYYY').");
            return ExitCodes.Success;
        }
        output.WriteLine("run id             year  scheme                      knowledge date  batches  units  vetoed");
        foreach (var r in runs)
            output.WriteLine($"{r.RunId,-18} {r.Year,4}  {$"{r.Scheme} v{r.SchemeVersion}",-27} {r.KnowledgeDate?.ToString("yyyy-MM-dd") ?? "all loaded",-15} {r.BatchCount,7}  {r.Units,5}  {r.VetoedUnits,6}");
        return ExitCodes.Success;
    }
}
