using CommunityFp.Etl.Schema;
using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.History;

/// <summary>
/// Adds one batch version's valid rows (temp table <c>ok</c>) to a register's history. A history row is a record
/// version (scope, record_key, row_hash) with a maximal span [from_ord, to_ord] of the scope's batch versions
/// (ordered by as_of, then exported_at) that hold it; to_ord null = up to the scope's latest version. The spans
/// are canonical, so the table depends only on the set of loaded versions, never on arrival order. A version
/// appended after the latest (the usual monthly case) only touches records that changed or disappeared.
/// </summary>
internal static class SpanMaintenance
{
    /// <param name="pred">The scope's version just before this one in version order (null = none).</param>
    /// <param name="succ">The scope's version just after this one (null = this one is the latest).</param>
    /// <param name="onlyKeysIn">
    /// A temp table of keys (column k): only the predecessor's records with these keys may have changed (the others
    /// are in this version unchanged, so their spans run on). Null = every record is compared.
    /// </param>
    public static void Insert(DuckDBConnection c, RegisterDefinition r, string scope, long ord, long? pred, long? succ, string? onlyKeysIn)
    {
        var h = ColumnTypes.HistoryTable(r);
        var cols = ColumnTypes.ColumnList(r) + ", extra_columns";
        var hCols = ColumnTypes.ColumnList(r, "h") + ", h.extra_columns";
        var nCols = ColumnTypes.ColumnList(r, "n") + ", n.extra_columns";
        var s = Sql.Str(scope);
        var o = Sql.Int(ord);
        var newTo = succ is null ? "null" : o;
        const string sameKey = "h.record_key = x.record_key and h.row_hash = x.row_hash";

        if (onlyKeysIn is not null && succ is not null)
            throw new InvalidOperationException("unchanged records are only reused for a version appended after the latest");
        var keys = onlyKeysIn is null ? "" : $" and h.record_key in (select k from {onlyKeysIn})";
        if (pred is { } p)
        {
            var pp = Sql.Int(p);
            // Spans that hold the predecessor and run past it: a record version missing here is split around it.
            Db.Exec(c, $"""
                create or replace temp table span_over as
                select h.record_key, h.row_hash, h.from_ord, (n.record_key is not null) as in_new
                from {h} h left join ok n on n.record_key = h.record_key and n.row_hash = h.row_hash
                where h.scope = {s} and h.from_ord <= {pp} and (h.to_ord is null or h.to_ord > {pp}){keys};
                """);
            if (succ is { } q)
                Db.InsertSelfReading(c, h, $"""
                    select h.scope, h.record_key, h.row_hash, {Sql.Int(q)} as from_ord, h.to_ord, {hCols}
                    from {h} h join span_over x on {sameKey} and h.from_ord = x.from_ord
                    where h.scope = {s} and not x.in_new
                    """);
            Db.Exec(c, $"""
                update {h} h set to_ord = {pp} from span_over x
                where h.scope = {s} and {sameKey} and h.from_ord = x.from_ord and not x.in_new;
                """);
        }
        else Db.Exec(c, "create or replace temp table span_over as select ''::varchar as record_key, 0::ubigint as row_hash, 0::bigint as from_ord, true as in_new where false;");

        // The other new rows join a span ending just before (left) and/or starting just after (right), or start one.
        var left = pred is { } p2 ? $"h.to_ord = {Sql.Int(p2)}" : "false";
        var right = succ is { } q2 ? $"h.from_ord = {Sql.Int(q2)}" : "false";
        Db.Exec(c, $"""
            create or replace temp table span_adj as
            select n.record_key, n.row_hash, l.from_ord as l_from, r.from_ord as r_from, r.to_ord as r_to,
                   l.from_ord is not null as has_l, r.from_ord is not null as has_r
            from (select record_key, row_hash from ok anti join (select * from span_over where in_new) x using (record_key, row_hash)) n
            left join (select * from {h} h where h.scope = {s} and {left}) l using (record_key, row_hash)
            left join (select * from {h} h where h.scope = {s} and {right}) r using (record_key, row_hash);
            """);
        Db.Exec(c, $"""
            update {h} h set to_ord = case when x.has_r then x.r_to else {newTo} end from span_adj x
            where h.scope = {s} and {sameKey} and x.has_l and h.from_ord = x.l_from;
            delete from {h} h using span_adj x
            where h.scope = {s} and {sameKey} and x.has_l and x.has_r and h.from_ord = x.r_from;
            update {h} h set from_ord = {o} from span_adj x
            where h.scope = {s} and {sameKey} and x.has_r and not x.has_l and h.from_ord = x.r_from;
            insert into {h} (scope, record_key, row_hash, from_ord, to_ord, {cols})
            select {s}, n.record_key, n.row_hash, {o}, {newTo}, {nCols}
            from ok n semi join (select * from span_adj where not has_l and not has_r) x using (record_key, row_hash);
            """);
    }
}
