namespace CommunityFp.Exports.Suppression;

/// <summary>
/// Decides which cells of an aggregate export are withheld. Deterministic: the same table and spec always give the
/// same cells.
/// <list type="number">
/// <item>Primary: every count in 1 … k−1, and every numerator whose complement (denominator − numerator) is in 1 … k−1.</item>
/// <item>Secondary, to a fixed point: in every margin equation (parent and its children, for one count column and
/// one combination of the other keys) holding exactly one withheld cell, withhold one more published cell of it —
/// the smallest non-zero one, then the smallest zero, earlier rows first on ties.</item>
/// <item>Audit: solve all equations together (<see cref="RecoverabilityAudit"/>); if a withheld cell is still
/// determined (equations combined across levels or margins), withhold the smallest published cell of an equation
/// containing it and go back to 2.</item>
/// <item>Derived columns of a row are withheld when any count they come from is.</item>
/// </list>
/// Null counts are unknown to a reader: they count as withheld in equations but are never chosen.
/// </summary>
public static class SmallCellSuppressor
{
    public static SuppressionOutcome Run(CellTable table, SuppressionSpec spec, int k,
        IReadOnlyDictionary<Margin, IReadOnlyDictionary<string, string>> parentsOf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var reason = new CellReason[table.CellCount];
        var primary = MarkPrimary(table, spec, k, reason);
        var equations = MarginEquations.Build(table, spec.Margins, parentsOf);
        var withheld = new HashSet<int>();
        for (var cell = 0; cell < reason.Length; cell++)
            if (reason[cell] != CellReason.Published || table.Value(cell) is null) withheld.Add(cell);

        var secondary = 0;
        var auditRounds = 0;
        while (true)
        {
            secondary += ProtectSingles(table, equations, withheld, reason);
            // a null cell hides nothing (the reader sees "no data"): only withheld values need protecting
            var recoverable = RecoverabilityAudit.Recoverable(equations, withheld).Where(c => table.Value(c) is not null).ToList();
            if (recoverable.Count == 0) break;
            auditRounds++;
            var cell = recoverable[0];
            var chosen = NearestPublished(table, equations, withheld, cell);
            if (chosen < 0)
                throw new InvalidOperationException($"cell {Describe(table, cell)} is determined by the margins and no published cell is connected to it");
            Withhold(chosen, withheld, reason);
            secondary++;
        }

        return SuppressionOutcome.From(table, spec, k, reason, primary, secondary, auditRounds, equations.Count);
    }

    /// <summary>
    /// The smallest published cell of an equation holding <paramref name="cell"/>; when all of those are withheld, of
    /// the nearest equation reached through withheld cells (the cell is determined through that chain), or -1.
    /// </summary>
    private static int NearestPublished(CellTable table, List<int[]> equations, HashSet<int> withheld, int cell)
    {
        var seen = new HashSet<int> { cell };
        var frontier = new List<int> { cell };
        var used = new bool[equations.Count];
        while (frontier.Count > 0)
        {
            var next = new List<int>();
            for (var e = 0; e < equations.Count; e++)
            {
                if (used[e] || !equations[e].Any(frontier.Contains)) continue;
                used[e] = true;
                if (Smallest(table, equations[e], withheld) is >= 0 and var chosen) return chosen;
                next.AddRange(equations[e].Where(seen.Add));
            }
            frontier = next;
        }
        return -1;
    }

    private static string Describe(CellTable table, int cell) =>
        // keys and column only: a withheld count never goes into a message
        $"{string.Join("/", table.Keys[cell / table.CountColumns.Count])}.{table.CountColumns[cell % table.CountColumns.Count]}";

    private static int MarkPrimary(CellTable table, SuppressionSpec spec, int k, CellReason[] reason)
    {
        var primary = 0;
        for (var cell = 0; cell < reason.Length; cell++)
        {
            if (table.Value(cell) is >= 1 and var v && v < k) { reason[cell] = CellReason.Primary; primary++; }
        }
        foreach (var pair in spec.RatePairs)
        {
            var n = IndexOf(table.CountColumns, pair.Numerator);
            var d = IndexOf(table.CountColumns, pair.Denominator);
            for (var row = 0; row < table.RowCount; row++)
            {
                var counts = table.Counts[row];
                if (counts[n] is { } num && counts[d] is { } den && den - num is >= 1 and var rest && rest < k
                    && reason[table.Cell(row, n)] == CellReason.Published)
                {
                    reason[table.Cell(row, n)] = CellReason.Primary;
                    primary++;
                }
            }
        }
        return primary;
    }

    /// <summary>One pass after another over the equations until none holds exactly one withheld cell.</summary>
    private static int ProtectSingles(CellTable table, List<int[]> equations, HashSet<int> withheld, CellReason[] reason)
    {
        var added = 0;
        bool changed;
        do
        {
            changed = false;
            foreach (var equation in equations)
            {
                var count = 0;
                foreach (var cell in equation) if (withheld.Contains(cell)) count++;
                if (count != 1) continue;
                var chosen = Smallest(table, equation, withheld);
                if (chosen < 0) continue; // cannot happen: an equation has at least two cells
                Withhold(chosen, withheld, reason);
                added++;
                changed = true;
            }
        } while (changed);
        return added;
    }

    /// <summary>The published cell of an equation whose loss costs least: smallest non-zero, then zero; -1 if none.</summary>
    private static int Smallest(CellTable table, int[] equation, HashSet<int> withheld)
    {
        var best = -1;
        (int, long, int) bestKey = default;
        foreach (var cell in equation)
        {
            if (withheld.Contains(cell)) continue;
            var value = table.Value(cell)!.Value;
            var key = (value == 0 ? 1 : 0, value, cell);
            if (best < 0 || key.CompareTo(bestKey) < 0) { best = cell; bestKey = key; }
        }
        return best;
    }

    private static void Withhold(int cell, HashSet<int> withheld, CellReason[] reason)
    {
        withheld.Add(cell);
        reason[cell] = CellReason.Secondary;
    }

    internal static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i] == name) return i;
        throw new ArgumentException($"{name} is not a count column of the suppression spec");
    }
}

public enum CellReason : byte { Published, Primary, Secondary }
