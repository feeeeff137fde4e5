using System.CommandLine;

namespace CommunityFp.Cli;

/// <summary>Options shared by the commands that work on the warehouse.</summary>
public static class CommonOptions
{
    /// <summary>The default warehouse file, relative to the working directory.</summary>
    public const string DefaultDatabasePath = "data/warehouse.duckdb";

    /// <summary>A fresh <c>--db FILE</c> option (an option instance belongs to one command).</summary>
    public static Option<string> Database() => new("--db")
    {
        Description = "The warehouse file (DuckDB).",
        DefaultValueFactory = _ => DefaultDatabasePath,
        HelpName = "FILE",
    };
}
