using CommunityFp.Etl.Schema;
using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.History;

/// <summary>
/// "A quarantined row is not a deletion" (registers.md): a record quarantined in a batch version is stood in for
/// by its version in the previous batch of the scope. "Previous" = the latest version, among those exported no
/// later than this one, of the greatest earlier as_of: what was known when this batch was exported, so that
/// "as known at K" never uses later knowledge and the result does not depend on arrival order.
/// </summary>
internal static class StandIns
{
    /// <summary>Recomputes the stand-ins of one batch version for every register.</summary>
    public static void Recompute(DuckDBConnection c, string scope, long ord)
    {
        var s = Sql.Str(scope);
        var pred = Db.Scalar<long?>(c, $"""
            select p.version_ord from batch_versions p, batch_versions v
            where v.scope = {s} and v.version_ord = {Sql.Int(ord)} and p.scope = v.scope
              and p.as_of < v.as_of and p.exported_utc <= v.exported_utc
            order by p.as_of desc, p.exported_utc desc limit 1
            """);
        // Only registers with a stand-in now or a quarantined record in this version can change.
        var files = Db.Rows(c, $"""
            select distinct file from quarantine where scope = {s} and version_ord = {Sql.Int(ord)} and record_key is not null
            """).Select(row => (string)row[0]!).ToHashSet(StringComparer.Ordinal);
        foreach (var r in RegisterCatalog.All)
        {
            var t = ColumnTypes.StandInTable(r);
            if (!files.Contains(r.FileName)
                && Db.Scalar<long>(c, $"select count(*) from {t} where scope = {s} and version_ord = {Sql.Int(ord)}") == 0)
                continue;
            Db.Exec(c, $"delete from {t} where scope = {s} and version_ord = {Sql.Int(ord)}");
            if (pred is not { } p) continue;
            var cols = ColumnTypes.ColumnList(r) + ", extra_columns";
            // the SELECT reads the stand-in table itself (the predecessor's stand-ins)
            Db.InsertSelfReading(c, t, $"""
                select {s} as scope, {Sql.Int(ord)} as version_ord, e.record_key, e.row_hash, {cols}
                from (select record_key, row_hash, {cols} from {ColumnTypes.HistoryTable(r)}
                      where scope = {s} and from_ord <= {Sql.Int(p)} and (to_ord is null or to_ord >= {Sql.Int(p)})
                      union all
                      select record_key, row_hash, {cols} from {t} where scope = {s} and version_ord = {Sql.Int(p)}) e
                where e.record_key in (select record_key from quarantine
                                      where scope = {s} and version_ord = {Sql.Int(ord)} and file = {Sql.Str(r.FileName)}
                                        and record_key is not null)
                """);
        }
    }

    /// <summary>
    /// After version <paramref name="ord"/> was added: recompute it and every later version whose "previous batch"
    /// may have changed (later as_of, exported no earlier), in as_of order so each sees its final predecessor.
    /// </summary>
    public static void RecomputeAfterInsert(DuckDBConnection c, string scope, long ord)
    {
        Recompute(c, scope, ord);
        var s = Sql.Str(scope);
        var later = Db.Rows(c, $"""
            select m.version_ord from batch_versions m, batch_versions v
            where v.scope = {s} and v.version_ord = {Sql.Int(ord)} and m.scope = v.scope
              and m.as_of > v.as_of and m.exported_utc >= v.exported_utc
              and exists (select 1 from quarantine q where q.scope = m.scope and q.version_ord = m.version_ord and q.record_key is not null)
            order by m.as_of, m.exported_utc
            """);
        foreach (var row in later) Recompute(c, scope, Convert.ToInt64(row[0]));
    }
}
