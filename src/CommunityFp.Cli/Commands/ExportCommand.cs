using System.CommandLine;
using CommunityFp.Cli.Terminal;
using CommunityFp.Etl;

namespace CommunityFp.Cli.Commands;

/// <summary><c>cfp export TABLE --format csv --out FILE</c>: writes a warehouse table for checking outside the product.</summary>
public static class ExportCommand
{
    private static IEnumerable<string> Exportable() => WarehouseExporter.ExportableTables.Concat(MartCsvWriter.Marts.Keys);

    public static Command Create()
    {
        var table = new Argument<string>("TABLE") { Description = "What to export: " + string.Join(", ", Exportable().Order()) + "." };
        var format = new Option<string>("--format") { Description = "File format.", DefaultValueFactory = _ => "csv", HelpName = "csv" }.AcceptOnlyFromAmong("csv");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true, HelpName = "FILE" };
        var db = CommonOptions.Database();
        var run = new Option<string?>("--run")
        {
            Description = "For the assessment tables: the stored run to export (default: the latest; see 'cfp assess --list').",
            HelpName = "RUN",
        };
        var command = new Command("export", "Export a mart (indicator_values, the assessment tables) or a load table (load_audit, quarantine, row_warnings) as CSV with a header.")
        {
            table, format, output, db, run,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(table)!;
            if (!Exportable().Contains(name))
                throw new UsageException($"{name} is not exportable; choose one of {string.Join(", ", Exportable().Order())}");
            var dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath)) throw new UsageException($"{dbPath}: no warehouse here (run 'cfp load' first, or set --db)");
            if (parse.GetValue(run) is not null && !MartCsvWriter.PerRun.Contains(name))
                throw new UsageException($"--run applies to the assessment tables ({string.Join(", ", MartCsvWriter.PerRun.Order())}), not {name}");
            using var loader = WarehouseLoader.Open(dbPath);
            var runId = MartCsvWriter.PerRun.Contains(name) ? ExportedRun(loader, parse.GetValue(run)) : null;
            if (MartCsvWriter.Marts.ContainsKey(name) && !Assessment.Warehouse.RunStore.TableExists(loader.Connection, name))
                throw new UsageException(name != "indicator_values"
                    ? $"{name}: no stored assessment runs yet (run 'cfp assess --year YYYY' first)"
                    : $"{name}: not built yet (run 'cfp build' first)");
            var rows = MartCsvWriter.Marts.ContainsKey(name)
                ? MartCsvWriter.Write(loader.Connection, name, parse.GetValue(output)!, runId)
                : WarehouseExporter.ExportCsv(loader.Connection, name, parse.GetValue(output)!);
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {rows:N0} rows of {name} to {parse.GetValue(output)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The run an assessment table is exported for: the one named, else the latest stored.</summary>
    private static string ExportedRun(WarehouseLoader loader, string? requested)
    {
        var runs = Assessment.Warehouse.RunStore.List(loader.Connection);
        if (requested is null)
            return runs.LastOrDefault()?.RunId ?? throw new UsageException("no stored assessment runs yet (run 'cfp assess --year YYYY' first)");
        return runs.Any(r => r.RunId == requested) ? requested : throw new UsageException($"--run: no stored run '{requested}' (see 'cfp assess --list')");
    }
}
