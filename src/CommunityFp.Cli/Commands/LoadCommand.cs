using System.CommandLine;
using CommunityFp.Cli.Terminal;
using CommunityFp.Etl;

namespace CommunityFp.Cli.Commands;

/// <summary><c>cfp load PATH...</c>: loads every batch folder found under the paths into the warehouse.</summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Batch folders, or folders to search for them (a batch folder holds manifest.json).", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var wait = new Option<int>("--wait") { Description = "Seconds to wait for a busy warehouse before giving up.", DefaultValueFactory = _ => 0, HelpName = "SECONDS" };
        var command = new Command("load", "Load register snapshot batches: verify, decode, validate, quarantine, historise. Each batch is one transaction.")
        {
            paths, db, wait,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(db)!, TimeSpan.FromSeconds(parse.GetValue(wait)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string db, TimeSpan wait, TextWriter output, TextWriter error)
    {
        foreach (var p in paths)
            if (!Directory.Exists(p)) throw new UsageException($"{p}: no such folder");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(db))!);
        using var loader = WarehouseLoader.Open(db, wait);
        var summary = ProgressDisplay.Run("load", output, report =>
            loader.Load(paths, new SyncProgress<LoadProgress>(p =>
                report(p.Rows, Math.Max(p.RowsTotal, 1), $"{Path.GetFileName(Path.GetDirectoryName(p.Batch))}/{Path.GetFileName(p.Batch)} {p.File} {p.RowsPerSecond:N0} rows/s"))));
        LoadSummaryTable.Write(summary, output);
        foreach (var refused in summary.Batches.Where(b => b.Result == BatchResult.Refused))
            error.WriteLine($"cfp: refused {refused.BatchFolder}: {refused.Reason}");
        return summary.AnyRefused ? ExitCodes.InputRefused : ExitCodes.Success;
    }
}
