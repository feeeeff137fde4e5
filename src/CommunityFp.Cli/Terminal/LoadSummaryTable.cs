using CommunityFp.Etl;
using Spectre.Console;

namespace CommunityFp.Cli.Terminal;

/// <summary>The end-of-load summary: batches per outcome and rows loaded / quarantined / warned.</summary>
public static class LoadSummaryTable
{
    public static void Write(LoadRunSummary summary, TextWriter output)
    {
        var byResult = Enum.GetValues<BatchResult>()
            .Select(r => (Result: r, Batches: summary.Batches.Where(b => b.Result == r).ToList()))
            .ToList();
        if (ProgressDisplay.IsInteractive && ReferenceEquals(output, Console.Out))
        {
            var table = new Table().AddColumns("outcome", "batches", "rows read", "loaded", "quarantined", "warned");
            foreach (var (result, batches) in byResult)
                table.AddRow(result.ToString().ToLowerInvariant(), batches.Count.ToString("N0"),
                    batches.Sum(b => b.RowsRead).ToString("N0"), batches.Sum(b => b.RowsLoaded).ToString("N0"),
                    batches.Sum(b => b.RowsQuarantined).ToString("N0"), batches.Sum(b => b.RowsWarned).ToString("N0"));
            AnsiConsole.Write(table);
            return;
        }
        output.WriteLine("outcome     batches  rows read     loaded  quarantined  warned");
        foreach (var (result, batches) in byResult)
            output.WriteLine($"{result.ToString().ToLowerInvariant(),-10} {batches.Count,8:N0} {batches.Sum(b => b.RowsRead),10:N0} {batches.Sum(b => b.RowsLoaded),10:N0} {batches.Sum(b => b.RowsQuarantined),12:N0} {batches.Sum(b => b.RowsWarned),7:N0}");
    }
}
