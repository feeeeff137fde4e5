using System.CommandLine;
using System.Globalization;
using CommunityFp.Cli.Terminal;
using CommunityFp.Etl;
using CommunityFp.Models;

namespace CommunityFp.Cli.Commands;

/// <summary><c>cfp build</c>: builds the SQL models in dependency order and runs their data tests.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var asKnownAt = new Option<string?>("--as-known-at")
        {
            Description = "Knowledge date: use only batch versions exported on or before it (default: everything loaded).",
            HelpName = "YYYY-MM-DD",
        };
        var full = new Option<bool>("--full") { Description = "Rebuild every model from scratch instead of only the months new batches can change." };
        var command = new Command("build", "Build the indicator models (sql/) in dependency order, then run their data tests.") { db, asKnownAt, full };
        command.SetAction(parse =>
        {
            var k = ParseDate(parse.GetValue(asKnownAt), "--as-known-at");
            var dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath)) throw new UsageException($"{dbPath}: no warehouse here (run 'cfp load' first, or set --db)");
            return Run(dbPath, k, parse.GetValue(full), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"{option}: '{text}' is not a date YYYY-MM-DD");
    }

    private static int Run(string dbPath, DateOnly? asKnownAt, bool full, TextWriter output, TextWriter error)
    {
        try
        {
            var catalog = ModelCatalog.LoadProductModels();
            using var loader = WarehouseLoader.Open(dbPath);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var summary = ProgressDisplay.Run("build", output, report =>
                ModelBuilder.BuildWarehouse(loader.Connection, catalog, asKnownAt,
                    new SyncProgress<ModelBuildProgress>(p => report(p.Done, p.Total, $"{p.Stage} {p.Model}")), full));
            foreach (var warning in summary.Warnings) output.WriteLine($"warning: {warning}");
            foreach (var (model, elapsed) in summary.Models.OrderByDescending(m => m.Elapsed).Take(5))
                output.WriteLine($"  {elapsed.TotalSeconds,6:0.00} s  {model}");
            var passed = summary.Tests.Count(t => t.Passed);
            var kept = summary.Rebuilt.Values.Count(o => o == "kept");
            var partly = summary.Rebuilt.Values.Count(o => o.StartsWith("rebuilt from", StringComparison.Ordinal));
            var mode = summary.Context?.RebuildFrom is { } from
                ? $"incrementally from {from:yyyy-MM-dd} ({kept} kept, {partly} rebuilt from a month on)" : "in full";
            output.WriteLine($"Built {summary.Models.Count} models {mode} in {started.Elapsed.TotalSeconds:0.0} s"
                + $"{(asKnownAt is { } k ? $" as known at {k:yyyy-MM-dd}" : "")}; data tests: {passed} passed, {summary.Warnings.Count()} warnings.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is ModelBuildException or ModelDefinitionException)
        {
            error.WriteLine($"cfp: {e.Message}");
            return ExitCodes.InputRefused;
        }
    }
}
