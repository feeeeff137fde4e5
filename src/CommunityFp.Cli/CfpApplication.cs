using System.CommandLine;
using CommunityFp.Cli.Commands;
using CommunityFp.Etl;

namespace CommunityFp.Cli;

/// <summary>Builds the command tree and maps outcomes to the exit codes of <see cref="ExitCodes"/>.</summary>
public static class CfpApplication
{
    public static RootCommand BuildRootCommand() => new("cfp — CommunityFp.Analytics: family-planning registers → warehouse → indicators → assessment.")
    {
        GenerateCommand.Create(),
        LoadCommand.Create(),
        ExportCommand.Create(),
        ModelsCommand.Create(),
        BuildCommand.Create(),
        AssessCommand.Create(),
        DemoCommand.Create(),
        ServeCommand.Create(),
    };

    /// <summary>Parses and runs; usage errors exit 2, refused input 1, a busy warehouse 3.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRootCommand();
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"cfp: {e.Message}");
            error.WriteLine("Run 'cfp --help' (or 'cfp COMMAND --help') for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            return parse.Invoke(config);
        }
        catch (UsageException e)
        {
            error.WriteLine($"cfp: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (WarehouseBusyException e)
        {
            // Every command that opens the warehouse: another process holds the DuckDB file.
            error.WriteLine($"cfp: {e.Message}");
            return ExitCodes.WarehouseBusy;
        }
    }
}
