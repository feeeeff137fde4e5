using System.CommandLine;

namespace CommunityFp.Cli.Commands;

/// <summary>
/// <c>cfp demo</c>: the main job on a fresh machine — generate the demo registers, load them, build the models,
/// assess every year with figures, then serve the dashboard (it prints the URL and the demo accounts).
/// Each step is the same command a user would run by hand, so the demo shows exactly what the product does.
/// </summary>
public static class DemoCommand
{
    // Every year the build has yearly figures for, in order (the first year of data has none: no state before it).
    private static List<string> AssessableYears(string db)
    {
        using var loader = CommunityFp.Etl.WarehouseLoader.Open(db);
        using var command = loader.Connection.CreateCommand();
        command.CommandText = "select distinct period from indicator_values where period_type = 'year' order by period";
        using var reader = command.ExecuteReader();
        var years = new List<string>();
        while (reader.Read()) years.Add(reader.GetString(0));
        return years;
    }

    public static Command Create()
    {
        var folder = new Option<string>("--data") { Description = "Folder for the demo batches and warehouse.", DefaultValueFactory = _ => "data", HelpName = "DIR" };
        var scale = new Option<string>("--scale") { Description = "Scale of the demo world.", DefaultValueFactory = _ => "demo", HelpName = "tiny|demo|city" }
            .AcceptOnlyFromAmong("tiny", "demo", "city");
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the assessment instead of serving the dashboard." };
        var urls = new Option<string>("--urls") { Description = "Where the dashboard listens.", DefaultValueFactory = _ => ServeCommand.DefaultUrls, HelpName = "URLS" };
        var command = new Command("demo", "The main job: generate the demo registers, load them into data/warehouse.duckdb, build the indicator models, assess every year, then serve the dashboard.")
        {
            folder, scale, noServe, urls,
        };
        command.SetAction(parse =>
        {
            var data = parse.GetValue(folder)!;
            var batches = Path.Combine(data, "batches", parse.GetValue(scale)!);
            var db = Path.Combine(data, "warehouse.duckdb");
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            string[][] steps =
            [
                ["generate", "--scale", parse.GetValue(scale)!, "--out", batches],
                ["load", batches, "--db", db],
                ["build", "--db", db],
            ];
            foreach (var step in steps)
            {
                if (step[0] == "generate" && Directory.Exists(batches) && Directory.EnumerateFileSystemEntries(batches).Any())
                {
                    output.WriteLine($"== {batches} already holds the generated batches (generation is deterministic); skipping generate");
                    continue;
                }
                output.WriteLine($"== cfp {string.Join(' ', step)}");
                var code = CfpApplication.Run(step, output, error);
                // A realistic demo has refused batches on purpose only at 'heavy'; any refusal here is reported, not fatal.
                if (code != ExitCodes.Success && !(step[0] == "load" && code == ExitCodes.InputRefused)) return code;
            }
            foreach (var year in AssessableYears(db))
            {
                output.WriteLine($"== cfp assess --year {year} --db {db}");
                var code = CfpApplication.Run(["assess", "--year", year, "--db", db], output, error);
                if (code != ExitCodes.Success) return code;
            }
            output.WriteLine($"Demo warehouse ready: {Path.GetFullPath(db)}.");
            if (parse.GetValue(noServe)) return ExitCodes.Success;
            output.WriteLine($"== cfp serve --db {db} --urls {parse.GetValue(urls)}");
            return CfpApplication.Run(["serve", "--db", db, "--urls", parse.GetValue(urls)!], output, error);
        });
        return command;
    }
}
