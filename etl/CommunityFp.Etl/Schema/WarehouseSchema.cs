using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.Schema;

/// <summary>
/// Creates the warehouse tables and views (docs/warehouse-schema.md). Every history table is a pure function of
/// the set of loaded batch versions; only <c>load_arrivals</c> records arrival order.
/// </summary>
internal static class WarehouseSchema
{
    public const int Version = 1;

    public static void Ensure(DuckDBConnection c)
    {
        Db.Exec(c, Core);
        Db.Exec(c, Staging.ReuseStore.Ddl);
        foreach (var r in RegisterCatalog.All)
        {
            Db.Exec(c, HistoryDdl(r));
            Db.Exec(c, StandInDdl(r));
        }
        Db.Exec(c, Views);
        foreach (var r in RegisterCatalog.All) Db.Exec(c, RegisterMacros(r));
    }

    private const string Core = """
        create table if not exists warehouse_info (key varchar primary key, value varchar);
        insert or ignore into warehouse_info values ('schema_version', '1'), ('format', 'cfp-register-snapshot/1');

        -- one row per loaded batch version; (scope, version_ord) identifies it independently of arrival order
        create table if not exists batch_versions (
            scope varchar not null,
            as_of date not null,
            exported_at varchar not null,          -- as written in the manifest
            exported_utc timestamp not null,       -- the instant, in UTC
            exported_local_date date not null,     -- China date of exported_at: what "known at K" compares with K
            version_ord bigint not null,           -- epoch days of as_of * 1e13 + epoch ms of exported_at: orders a scope's versions
            content_hash varchar not null,         -- SHA-256 over the manifest's (file, sha256) list
            encoding varchar not null,
            source varchar,
            primary key (scope, version_ord));

        -- one row per arrival of a batch (file null) and per file of it: the only table that depends on arrival order
        create table if not exists load_arrivals (
            arrival_seq integer not null,
            arrived_at timestamp not null,
            batch_folder varchar not null,
            scope varchar,
            as_of varchar,
            exported_at varchar,
            version_ord bigint,
            outcome varchar not null,
            file varchar,
            rows_read bigint,
            rows_loaded bigint,
            rows_quarantined bigint,
            rows_warned bigint,
            reason varchar);

        create table if not exists quarantine (
            scope varchar not null,
            as_of date not null,
            version_ord bigint not null,
            file varchar not null,
            line bigint not null,
            record_key varchar,                     -- the trimmed key value when the row had one
            reason varchar not null,               -- column names and rules only: never values of personal columns
            raw_text varchar not null);            -- the record as written (protected table)

        create table if not exists row_warnings (
            scope varchar not null,
            as_of date not null,
            version_ord bigint not null,
            file varchar not null,
            line bigint not null,
            record_key varchar not null,
            kind varchar not null,
            "column" varchar not null,
            detail varchar not null);
        """;

    private static string HistoryDdl(RegisterDefinition r) => $"""
        create table if not exists {ColumnTypes.HistoryTable(r)} (
            scope varchar not null,
            record_key varchar not null,
            row_hash ubigint not null,
            from_ord bigint not null,   -- first batch version (of the scope) holding this record version
            to_ord bigint,              -- last one; null = every version from from_ord up to the scope's latest
            {ColumnTypes.TypedColumnsDdl(r)},
            extra_columns varchar);     -- unknown extra CSV columns as a JSON object (raw layer)
        """;

    private static string StandInDdl(RegisterDefinition r) => $"""
        create table if not exists {ColumnTypes.StandInTable(r)} (
            scope varchar not null,
            version_ord bigint not null, -- the batch version whose quarantined row this stands in for
            record_key varchar not null,
            row_hash ubigint not null,
            {ColumnTypes.TypedColumnsDdl(r)},
            extra_columns varchar);
        """;

    private const string Views = """
        create or replace view batch_versions_current as
        select *, version_ord = max(version_ord) over (partition by scope, as_of) as is_current
        from batch_versions;

        create or replace view load_audit as
        select a.arrival_seq, a.arrived_at, a.batch_folder, a.scope, a.as_of, a.exported_at, a.outcome,
               coalesce(v.is_current, false) as is_current, a.file, a.rows_read, a.rows_loaded,
               a.rows_quarantined, a.rows_warned, a.reason
        from load_arrivals a
        left join batch_versions_current v on v.scope = a.scope and v.version_ord = a.version_ord;

        -- for each scope and as_of, the latest version known at knowledge date k (exported_local_date <= k)
        create or replace macro versions_known_at(k) as table
        select * exclude (rn) from (
            select *, row_number() over (partition by scope, as_of order by version_ord desc) as rn
            from batch_versions where exported_local_date <= k)
        where rn = 1;

        -- for each scope, the batch describing date d (latest as_of <= d), in its version known at k
        create or replace macro state_versions(d, k) as table
        select * exclude (rn) from (
            select *, row_number() over (partition by scope order by as_of desc) as rn
            from versions_known_at(k) where as_of <= d)
        where rn = 1;
        """;

    // Per register: the records of a set of batch versions (joined from the versions, so a state reads one
    // version per scope), the register state at (d, k), the latest state known at k, and first appearances.
    private static string RegisterMacros(RegisterDefinition r)
    {
        string RowsOf(string versions) => $"""
            select v.scope, v.as_of, v.version_ord, h.record_key, h.row_hash, false as stood_in, {ColumnTypes.ColumnList(r, "h")}, h.extra_columns
            from {versions} v
            join {ColumnTypes.HistoryTable(r)} h on h.scope = v.scope and h.from_ord <= v.version_ord
                 and (h.to_ord is null or h.to_ord >= v.version_ord)
            union all
            select v.scope, v.as_of, v.version_ord, s.record_key, s.row_hash, true as stood_in, {ColumnTypes.ColumnList(r, "s")}, s.extra_columns
            from {versions} v
            join {ColumnTypes.StandInTable(r)} s on s.scope = v.scope and s.version_ord = v.version_ord
            """;
        return $"""
            create or replace view {r.Name}_version_rows as
            {RowsOf("batch_versions")};

            create or replace macro {r.Name}_state(d, k) as table
            {RowsOf("state_versions(d, k)")};

            create or replace macro {r.Name}_latest(k) as table
            select * from {r.Name}_state(DATE '9999-12-31', k);

            create or replace macro {r.Name}_first_seen(k) as table
            select scope, record_key, row_hash, min(as_of) as first_as_of
            from ({RowsOf("(select * from batch_versions where exported_local_date <= k)")})
            where not stood_in
            group by all;
            """;
    }
}
