using CommunityFp.Etl.Verification;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.Audit;

/// <summary>Writes load_arrivals rows: one per batch arrival (file null) and one per file of it.</summary>
internal static class LoadAudit
{
    public static int NextArrival(DuckDBConnection c) =>
        Db.Scalar<int>(c, "select coalesce(max(arrival_seq), 0) + 1 from load_arrivals");

    public static void Record(DuckDBConnection c, int arrival, BatchOutcome o, long? versionOrd)
    {
        const string sql = """
            insert into load_arrivals values ($1, now()::timestamp, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            """;
        Db.Exec(c, sql, arrival, o.BatchFolder, o.Scope, o.AsOf, o.ExportedAt, versionOrd, o.Result.ToString(), null,
            o.RowsRead, o.RowsLoaded, o.RowsQuarantined, o.RowsWarned, o.Reason);
        foreach (var f in o.Files)
            Db.Exec(c, sql, arrival, o.BatchFolder, o.Scope, o.AsOf, o.ExportedAt, versionOrd, o.Result.ToString(), f.File,
                f.RowsRead, f.RowsLoaded, f.RowsQuarantined, f.RowsWarned, null);
    }
}
