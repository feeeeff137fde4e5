using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Bench;

/// <summary>
/// An order-free digest of everything the load must produce independently of how it read the records: batch
/// versions, every history and stand-in table, quarantine and warnings (row count and sum of row hashes per table).
/// </summary>
public static class HistoryDigest
{
    public static string Of(string databasePath)
    {
        using var c = new DuckDBConnection($"Data Source={databasePath};ACCESS_MODE=READ_ONLY");
        c.Open();
        var tables = new List<string> { "batch_versions", "quarantine", "row_warnings" };
        foreach (var r in RegisterCatalog.All) { tables.Add("hist_" + r.Name); tables.Add("standin_" + r.Name); }
        var parts = new List<string>();
        foreach (var t in tables)
        {
            using var cmd = c.CreateCommand();
            // Table names come from the catalog; a row's hash covers every column.
            cmd.CommandText = $"select count(*) || ':' || coalesce(sum(hash(x)::hugeint), 0) from {t} x";
            parts.Add(t + "=" + cmd.ExecuteScalar());
        }
        return string.Join(";", parts);
    }
}
