using CommunityFp.Exports.Suppression;

namespace CommunityFp.Exports.Tests;

/// <summary>
/// The suppressor on a two-way table (rows r1…r4 with total R, columns c1…c4 with total C). Small cells form two
/// 2×2 blocks joined by one cell, (r2, c3): every row and column holds two or more withheld cells, so counting per
/// equation sees nothing wrong, yet the joining cell follows from the margins (it is a bridge between the blocks).
/// </summary>
public sealed class SmallCellSuppressorTests
{
    private static readonly string[] Rows = ["r1", "r2", "r3", "r4"];
    private static readonly string[] Columns = ["c1", "c2", "c3", "c4"];
    private static readonly HashSet<(string, string)> Small =
        [("r1", "c1"), ("r1", "c2"), ("r2", "c1"), ("r2", "c2"), ("r3", "c3"), ("r3", "c4"), ("r4", "c3"), ("r4", "c4"), ("r2", "c3")];

    private static readonly Margin AlongRows = new("row", "unused");
    private static readonly Margin AlongColumns = new("col", "unused");

    private static (CellTable Table, SuppressionSpec Spec, Dictionary<Margin, IReadOnlyDictionary<string, string>> Parents) TwoWayTable()
    {
        var table = new CellTable(["row", "col"], ["n"]);
        long Value(string r, string c) => Small.Contains((r, c)) ? 2 : 20 + r[1] + c[1];
        foreach (var r in Rows)
        {
            foreach (var c in Columns) table.Add([r, c], [Value(r, c)]);
            table.Add([r, "C"], [Columns.Sum(c => Value(r, c))]);
        }
        foreach (var c in Columns) table.Add(["R", c], [Rows.Sum(r => Value(r, c))]);
        table.Add(["R", "C"], [Rows.Sum(r => Columns.Sum(c => Value(r, c)))]);
        var spec = new SuppressionSpec { KeyColumns = ["row", "col"], CountColumns = ["n"], Margins = [AlongRows, AlongColumns] };
        var parents = new Dictionary<Margin, IReadOnlyDictionary<string, string>>
        {
            [AlongRows] = Rows.ToDictionary(r => r, _ => "R"),
            [AlongColumns] = Columns.ToDictionary(c => c, _ => "C"),
        };
        return (table, spec, parents);
    }

    private static int CellOf(CellTable table, string row, string col) =>
        Enumerable.Range(0, table.RowCount).Single(i => table.Keys[i][0] == row && table.Keys[i][1] == col);

    [Fact]
    public void The_audit_finds_the_cell_that_joins_two_protected_blocks()
    {
        var (table, spec, parents) = TwoWayTable();
        var equations = MarginEquations.Build(table, spec.Margins, parents);
        var withheld = Small.Select(s => CellOf(table, s.Item1, s.Item2)).ToHashSet();

        Assert.Equal([CellOf(table, "r2", "c3")], RecoverabilityAudit.Recoverable(equations, withheld));
    }

    [Fact]
    public void The_suppressor_withholds_more_until_the_audit_finds_nothing()
    {
        var (table, spec, parents) = TwoWayTable();
        var outcome = SmallCellSuppressor.Run(table, spec, 5, parents);

        Assert.Equal(9, outcome.Summary.PrimaryCells);
        Assert.True(outcome.Summary.AuditRounds >= 1);
        var withheld = Enumerable.Range(0, table.RowCount).Where(i => outcome.Withheld[i][0]).ToHashSet();
        Assert.Empty(RecoverabilityAudit.Recoverable(MarginEquations.Build(table, spec.Margins, parents), withheld));
    }
}
