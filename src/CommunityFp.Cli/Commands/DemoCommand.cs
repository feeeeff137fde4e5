using System.CommandLine;

namespace CommunityFp.Cli.Commands;

/// <summary>
/// <c>cfp demo</c>: the main job on a fresh machine — generate the demo registers, load them, build the models.
/// Each step is the same command a user would run by hand, so the demo shows exactly what the product does.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--data") { Description = "Folder for the demo batches and warehouse.", DefaultValueFactory = _ => "data", HelpName = "DIR" };
        var scale = new Option<string>("--scale") { Description = "Scale of the demo world.", DefaultValueFactory = _ => "demo", HelpName = "tiny|demo|city" }
            .AcceptOnlyFromAmong("tiny", "demo", "city");
        var command = new Command("demo", "Generate the demo registers, load them into data/warehouse.duckdb and build the indicator models.")
        {
            folder, scale,
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
            output.WriteLine($"Demo warehouse ready: {Path.GetFullPath(db)}. Try: ./cfp serve --db {db}   (the dashboard; demo accounts printed)");
            return ExitCodes.Success;
        });
        return command;
    }
}
