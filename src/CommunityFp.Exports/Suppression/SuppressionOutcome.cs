

namespace CommunityFp.Exports.Suppression;

/// <summary>What suppression decided: per row, which columns are withheld and the row's status; and the totals the
/// export's metadata records.</summary>
public sealed class SuppressionOutcome
{
    private SuppressionOutcome(IReadOnlyList<string> suppressible, bool[][] withheld, string[] status, SuppressionSummary summary)
    {
        SuppressibleColumns = suppressible;
        Withheld = withheld;
        Status = status;
        Summary = summary;
    }

    /// <summary>The count columns, then the derived columns.</summary>
    public IReadOnlyList<string> SuppressibleColumns { get; }

    /// <summary>Per row, per suppressible column: withheld (written as null).</summary>
    public bool[][] Withheld { get; }

    /// <summary>Per row: <c>none</c>, <c>primary</c> (a count of the row is small) or <c>secondary</c>.</summary>
    public string[] Status { get; }

    public SuppressionSummary Summary { get; }

    internal static SuppressionOutcome From(CellTable table, SuppressionSpec spec, int k, CellReason[] reason,
        int primary, int secondary, int auditRounds, int equations)
    {
        var counts = table.CountColumns.Count;
        var suppressible = table.CountColumns.Concat(spec.Derived.Select(d => d.Column)).ToArray();
        var derivedFrom = spec.Derived.Select(d => d.From.Select(f => SmallCellSuppressor.IndexOf(table.CountColumns, f)).ToArray()).ToArray();
        var withheld = new bool[table.RowCount][];
        var status = new string[table.RowCount];
        var derivedCells = 0;
        var rowsTouched = 0;
        for (var row = 0; row < table.RowCount; row++)
        {
            var flags = withheld[row] = new bool[suppressible.Length];
            var rowReason = CellReason.Published;
            for (var c = 0; c < counts; c++)
            {
                var r = reason[table.Cell(row, c)];
                flags[c] = r != CellReason.Published;
                if (r == CellReason.Primary || (r == CellReason.Secondary && rowReason == CellReason.Published)) rowReason = r;
            }
            for (var d = 0; d < derivedFrom.Length; d++)
            {
                flags[counts + d] = derivedFrom[d].Any(c => flags[c]);
                if (flags[counts + d]) derivedCells++;
            }
            status[row] = rowReason switch { CellReason.Primary => "primary", CellReason.Secondary => "secondary", _ => "none" };
            if (rowReason != CellReason.Published) rowsTouched++;
        }
        var summary = new SuppressionSummary(k, primary, secondary, derivedCells, rowsTouched, table.RowCount, equations, auditRounds);
        return new SuppressionOutcome(suppressible, withheld, status, summary);
    }
}

/// <summary>The suppression rule and what it did, as recorded in an export's metadata.</summary>
public sealed record SuppressionSummary(int K, int PrimaryCells, int SecondaryCells, int DerivedCells, int RowsAffected,
    int Rows, int Equations, int AuditRounds)
{
    public string Rule =>
        $"counts 1 to {K - 1} withheld (primary), and numerators whose complement (denominator - numerator) is 1 to {K - 1}; " +
        "secondary suppression until no withheld count can be solved from the published cells and the margins " +
        "(parent = sum of children); values computed from a withheld count withheld too; withheld cells are null and " +
        "the row's status column says primary, secondary or none";

    public string ToJson() => Json.Serialize(new Dictionary<string, object>
    {
        ["rule"] = Rule,
        ["k"] = K,
        ["primary_cells"] = PrimaryCells,
        ["secondary_cells"] = SecondaryCells,
        ["derived_cells"] = DerivedCells,
        ["rows_affected"] = RowsAffected,
        ["rows"] = Rows,
        ["margin_equations"] = Equations,
        ["audit_rounds"] = AuditRounds,
    });
}
