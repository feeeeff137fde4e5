namespace CommunityFp.Exports.Suppression;

/// <summary>
/// Which withheld cells a reader could still compute exactly. The reader knows every equation (parent − Σ children
/// = 0) and every published cell, so each equation is a linear relation among the withheld cells with a known
/// right-hand side. A withheld cell is recoverable exactly when its unit vector lies in the row space of those
/// relations: in reduced row echelon form, it is a pivot whose row has no other entry. Solved per connected group
/// of withheld cells, with sparse rows.
/// </summary>
public static class RecoverabilityAudit
{
    private const double Epsilon = 1e-9;

    /// <summary>The withheld cells that the published cells and the equations determine, ascending.</summary>
    public static IReadOnlyList<int> Recoverable(IReadOnlyList<int[]> equations, IReadOnlySet<int> withheld)
    {
        var rows = new List<Dictionary<int, double>>();
        foreach (var equation in equations)
        {
            var row = new Dictionary<int, double>();
            for (var i = 0; i < equation.Length; i++)
                if (withheld.Contains(equation[i])) row[equation[i]] = (row.GetValueOrDefault(equation[i]) + (i == 0 ? 1 : -1));
            foreach (var zero in row.Where(e => Math.Abs(e.Value) < Epsilon).Select(e => e.Key).ToList()) row.Remove(zero);
            if (row.Count > 0) rows.Add(row);
        }

        var result = new List<int>();
        foreach (var component in Components(rows))
            result.AddRange(Determined(component));
        result.Sort();
        return result;
    }

    private static IEnumerable<List<Dictionary<int, double>>> Components(List<Dictionary<int, double>> rows)
    {
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var row in rows)
        {
            var first = -1;
            foreach (var cell in row.Keys)
            {
                parent.TryAdd(cell, cell);
                if (first < 0) first = Find(cell);
                else parent[Find(cell)] = first;
            }
        }
        return rows.GroupBy(r => Find(r.Keys.First())).Select(g => g.ToList());
    }

    private static IEnumerable<int> Determined(List<Dictionary<int, double>> rows)
    {
        var pivots = new SortedDictionary<int, Dictionary<int, double>>();
        foreach (var original in rows)
        {
            var row = new Dictionary<int, double>(original);
            while (row.Keys.FirstOrDefault(pivots.ContainsKey, -1) is var column && column >= 0)
                AddMultiple(row, pivots[column], -row[column]);
            if (row.Count == 0) continue;

            var pivot = row.Keys.Min();
            var scale = 1 / row[pivot];
            foreach (var key in row.Keys.ToList()) row[key] *= scale;
            foreach (var other in pivots.Values)
                if (other.TryGetValue(pivot, out var factor)) AddMultiple(other, row, -factor);
            pivots[pivot] = row;
        }
        return pivots.Where(p => p.Value.Count == 1).Select(p => p.Key);
    }

    private static void AddMultiple(Dictionary<int, double> target, Dictionary<int, double> source, double factor)
    {
        foreach (var (key, value) in source)
        {
            var sum = target.GetValueOrDefault(key) + factor * value;
            if (Math.Abs(sum) < Epsilon) target.Remove(key);
            else target[key] = sum;
        }
    }
}
