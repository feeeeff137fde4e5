using CommunityFp.Registers;

namespace CommunityFp.Etl.Schema;

/// <summary>The warehouse type of each <see cref="ColumnKind"/> (typed history columns).</summary>
internal static class ColumnTypes
{
    public static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Date => "DATE",
        ColumnKind.Code or ColumnKind.Flag => "INTEGER",
        ColumnKind.Year => "INTEGER",
        ColumnKind.Count => "BIGINT",
        ColumnKind.Amount => "DECIMAL(14,2)",
        // Ids, text, org codes (canonical digits), citizen ids (upper-case X), division codes: text.
        _ => "VARCHAR",
    };

    /// <summary>The history table of a register: every version of every record, with its span of batch versions.</summary>
    public static string HistoryTable(RegisterDefinition r) => "hist_" + r.Name;

    /// <summary>Rows of quarantined records that the previous batch's valid version stands in for.</summary>
    public static string StandInTable(RegisterDefinition r) => "standin_" + r.Name;

    /// <summary>The typed column list of a register, in catalog order, as "name TYPE" pairs.</summary>
    public static string TypedColumnsDdl(RegisterDefinition r) =>
        string.Join(", ", r.Columns.Select(c => $"{Sql.Id(c.Name)} {SqlType(c.Kind)}"));

    /// <summary>The typed column names of a register, quoted, comma-separated.</summary>
    public static string ColumnList(RegisterDefinition r, string? prefix = null) =>
        string.Join(", ", r.Columns.Select(c => (prefix is null ? "" : prefix + ".") + Sql.Id(c.Name)));
}
