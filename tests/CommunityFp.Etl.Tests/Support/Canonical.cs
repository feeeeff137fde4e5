using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.Tests.Support;

/// <summary>A canonical dump of everything that must not depend on arrival order.</summary>
public static class Canonical
{
    public static List<string> Dump(DuckDBConnection c)
    {
        var tables = new List<string> { "batch_versions", "quarantine", "row_warnings" };
        foreach (var r in RegisterCatalog.All) { tables.Add("hist_" + r.Name); tables.Add("standin_" + r.Name); }
        var lines = new List<string>();
        foreach (var t in tables)
            lines.AddRange(Warehouse.Lines(c, $"select '{t}', * from {t} order by all"));
        return lines;
    }
}
