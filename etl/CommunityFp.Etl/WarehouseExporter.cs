using DuckDB.NET.Data;

namespace CommunityFp.Etl;

/// <summary>Exports the ETL's inspection tables as CSV (UTF-8, header row).</summary>
public static class WarehouseExporter
{
    /// <summary>The tables that may be exported.</summary>
    public static IReadOnlySet<string> ExportableTables { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "load_audit", "quarantine", "row_warnings", "batch_versions_current" };

    /// <summary>Writes <paramref name="tableName"/> to <paramref name="outFile"/>; returns the number of rows.</summary>
    public static long ExportCsv(DuckDBConnection c, string tableName, string outFile)
    {
        if (!ExportableTables.Contains(tableName))
            throw new ArgumentException($"{tableName} is not exportable (one of: {string.Join(", ", ExportableTables.Order())})", nameof(tableName));
        var order = tableName switch
        {
            "load_audit" => "arrival_seq, file nulls first",
            "quarantine" or "row_warnings" => "scope, as_of, version_ord, file, line",
            _ => "scope, as_of, version_ord",
        };
        var full = Path.GetFullPath(outFile);
        // Table and order come from the whitelist above; the user's path is a parameter.
        Db.Exec(c, $"copy (select * from {tableName} order by {order}) to ? (format csv, header true)", full);
        return Db.Scalar<long>(c, $"select count(*) from {tableName}");
    }
}
