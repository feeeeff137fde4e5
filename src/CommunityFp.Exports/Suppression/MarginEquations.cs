namespace CommunityFp.Exports.Suppression;

/// <summary>
/// The linear relations a reader of the export knows: for each margin, each other-key combination and each count
/// column, parent = sum of the children present. Each equation is its cells, the parent first. An equation whose
/// cells are all null (no data: the denominator of a count), or that the data do not satisfy, is left out.
/// </summary>
public static class MarginEquations
{
    public static List<int[]> Build(CellTable table, IReadOnlyList<Margin> margins,
        IReadOnlyDictionary<Margin, IReadOnlyDictionary<string, string>> parentsOf)
    {
        var equations = new List<int[]>();
        foreach (var margin in margins)
        {
            var along = table.KeyIndex(margin.Column);
            var filter = margin.OnlyWhereColumn is null ? -1 : table.KeyIndex(margin.OnlyWhereColumn);
            var allowed = margin.OnlyWhereValues?.ToHashSet(StringComparer.Ordinal);
            var parents = parentsOf[margin];

            // rows by (other keys) context, then by their value along the margin
            var contexts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            for (var row = 0; row < table.RowCount; row++)
            {
                var keys = table.Keys[row];
                if (filter >= 0 && (keys[filter] is not { } v || !allowed!.Contains(v))) continue;
                if (keys[along] is not { } position) continue;
                var context = ContextKey(keys, along);
                if (!contexts.TryGetValue(context, out var rows)) contexts[context] = rows = new(StringComparer.Ordinal);
                if (!rows.TryAdd(position, row))
                    throw new InvalidOperationException($"two rows share the keys ({string.Join(", ", keys)}): suppression needs unique keys");
            }

            foreach (var (_, rows) in contexts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var children = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
                foreach (var (position, row) in rows)
                {
                    if (parents.TryGetValue(position, out var parent) && rows.ContainsKey(parent))
                    {
                        if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                        list.Add(row);
                    }
                }
                foreach (var (parent, childRows) in children)
                {
                    childRows.Sort();
                    for (var c = 0; c < table.CountColumns.Count; c++)
                    {
                        var cells = new int[childRows.Count + 1];
                        cells[0] = table.Cell(rows[parent], c);
                        for (var i = 0; i < childRows.Count; i++) cells[i + 1] = table.Cell(childRows[i], c);
                        if (Holds(table, cells)) equations.Add(cells);
                    }
                }
            }
        }
        return equations;
    }

    /// <summary>
    /// Whether a reader learns anything true from the equation: not when every cell is null (a count's denominator),
    /// and not when the parent is not the sum of its children (a community closed during the period still counts for
    /// its street but no longer has a row: solving such an equation gives a wrong value, not a withheld one).
    /// </summary>
    private static bool Holds(CellTable table, int[] cells)
    {
        if (cells.All(cell => table.Value(cell) is null)) return false;
        if (cells.Any(cell => table.Value(cell) is null)) return true;
        var sum = 0L;
        for (var i = 1; i < cells.Length; i++) sum += table.Value(cells[i])!.Value;
        return sum == table.Value(cells[0])!.Value;
    }

    private static string ContextKey(string?[] keys, int skip)
    {
        var parts = new string[keys.Length];
        for (var i = 0; i < keys.Length; i++) parts[i] = i == skip ? "" : keys[i] is { } k ? "=" + k : "∅";
        return string.Join('\u001f', parts);
    }
}
