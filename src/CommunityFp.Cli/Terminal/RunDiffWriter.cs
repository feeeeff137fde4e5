using System.Globalization;
using CommunityFp.Assessment.Results;

namespace CommunityFp.Cli.Terminal;

/// <summary>What <c>cfp assess diff</c> prints: each unit whose score, standards or veto changed, and the criteria that moved.</summary>
public static class RunDiffWriter
{
    public static void Write(string runA, string runB, RunDiff diff, TextWriter output)
    {
        output.WriteLine($"Diff {runA} ({Describe(diff.RunA)}) → {runB} ({Describe(diff.RunB)}).");
        if (diff.Units.Count == 0)
        {
            output.WriteLine("No unit's score, standards or veto changed.");
            return;
        }
        output.WriteLine($"{diff.Units.Count} units changed:");
        foreach (var unit in diff.Units)
        {
            var parts = new List<string>();
            if (unit.Changes.Contains("added")) parts.Add($"only in {runB}");
            if (unit.Changes.Contains("removed")) parts.Add($"only in {runA}");
            if (unit.Changes.Contains("score")) parts.Add($"score {Number(unit.ScoreA)} → {Number(unit.ScoreB)}");
            if (unit.Changes.Contains("standards")) parts.Add($"standards {List(unit.StandardsA)} → {List(unit.StandardsB)}");
            if (unit.Changes.Contains("veto")) parts.Add($"vetoes {List(unit.VetoesA)} → {List(unit.VetoesB)}");
            output.WriteLine($"  {unit.UnitCode} {unit.Level}: {string.Join("; ", parts)}");
            foreach (var c in unit.Criteria)
                output.WriteLine($"    criterion {c.Indicator}: value {Value(c.ValueA)} → {Value(c.ValueB)}, points {Number(c.PointsA)} → {Number(c.PointsB)}");
        }
    }

    private static string Describe(RunInputs run) =>
        $"{run.Year}, {(run.KnowledgeDate is { } k ? $"as known at {k:yyyy-MM-dd}" : "everything loaded")}, {run.BatchIds.Count} batch versions";

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(" ", items);

    /// <summary>An exact value "n/d" with its decimal beside it (73/79 ≈ 0.924051), a whole number as it is.</summary>
    private static string Value(string? exact)
    {
        if (exact is null) return "no data";
        var parts = exact.Split('/');
        if (parts.Length != 2 || !decimal.TryParse(parts[0], CultureInfo.InvariantCulture, out var n)
            || !decimal.TryParse(parts[1], CultureInfo.InvariantCulture, out var d) || d == 0) return exact;
        return $"{exact} ≈ {Math.Round(n / d, 6).ToString("0.######", CultureInfo.InvariantCulture)}";
    }

    private static string Number(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "-";
}
