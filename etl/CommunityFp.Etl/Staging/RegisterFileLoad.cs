using System.Diagnostics;
using CommunityFp.Etl.History;
using CommunityFp.Etl.Validation;
using CommunityFp.Etl.Verification;
using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.Staging;

/// <summary>
/// Loads one verified register file of a batch inside the batch's transaction: DuckDB reads it (bad lines to its
/// reject tables), SQL from the catalog checks every row, row errors go to quarantine, warnings to row_warnings,
/// valid rows to history. Only quarantined and warned rows come back to C# (for their line and raw text).
/// </summary>
internal sealed class RegisterFileLoad(DuckDBConnection c, BatchContext batch, RegisterDefinition r, CsvScan scan)
{
    public FileOutcome Run(Action<long, double> progress)
    {
        var clock = Stopwatch.StartNew();
        var header = scan.Header();
        var sql = new RegisterValidationSql(r, header, batch.AsOf);
        var (stage, parameters) = sql.Stage(scan.ReadPath);
        Db.Exec(c, stage, parameters);
        var rejected = RejectedRecords();
        var blank = scan.BlankRecords.Where(b => b > 0).Except(rejected.Keys).ToArray();
        var staged = Db.Scalar<long>(c, "select count(*) from stg");
        if (staged + rejected.Count + blank.Length != scan.DataRecords)
            throw new BatchRefusedException(r.FileName,
                $"CSV structure could not be read consistently ({scan.DataRecords} records, DuckDB read {staged} and rejected {rejected.Count})");
        var map = new GoodRowMap(rejected.Keys.Concat(blank));

        // stg keeps file order: good row g is stg's rowid - first (transaction-local row ids start high).
        var first = Db.Scalar<long?>(c, "select min(rowid) from stg") ?? 0;
        // DuckDB tolerates some field-count errors (a trailing empty field): the byte scan has the final word.
        var wrongCount = scan.WrongFieldCount.Keys.Where(k => !rejected.ContainsKey(k) && !blank.Contains(k)).ToArray();
        if (wrongCount.Length > 0)
            Db.Exec(c, $"delete from stg where rowid in ({string.Join(", ", wrongCount.Select(k => first + map.G(k)))})");
        Db.Exec(c, sql.DuplicateKeys());
        if (r == RegisterCatalog.OrgUnits)
        {
            Db.Exec(c, sql.Check(skipOrgReferences: true, first));
            Db.Exec(c, RegisterValidationSql.OrgLevels());
            Db.Exec(c, RegisterValidationSql.CheckOrgUnitParents(first));
        }
        else Db.Exec(c, sql.Check(skipOrgReferences: false, first));
        if (r == RegisterCatalog.Residents)
            Db.Exec(c, "create or replace temp table batch_resident_ids as select distinct resident_id from stg where resident_id is not null");

        var quarantined = WriteQuarantine(map, rejected.Keys.Concat(blank).Concat(wrongCount).ToArray());
        Db.Exec(c, RegisterValidationSql.Ok());
        var loaded = Db.Scalar<long>(c, "select count(*) from ok");
        var warned = WriteWarnings(map);
        SpanMaintenance.Insert(c, r, batch.Scope, batch.VersionOrd, batch.PredecessorOrd, batch.SuccessorOrd);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        progress(scan.DataRecords, scan.DataRecords / seconds);
        return new FileOutcome(r.FileName, scan.DataRecords, loaded, quarantined, warned);
    }

    /// <summary>
    /// An optional register the batch does not include has no records in it (registers.md): its history gets an
    /// empty version, so records of an earlier batch end there.
    /// </summary>
    public static void Absent(DuckDBConnection c, BatchContext batch, RegisterDefinition r)
    {
        Db.Exec(c, $"""
            create or replace temp table chk as
            select 0::bigint as g, record_key, null::varchar as reason, {Schema.ColumnTypes.ColumnList(r)}, extra_columns, row_hash
            from {Schema.ColumnTypes.HistoryTable(r)} where false;
            """);
        Db.Exec(c, RegisterValidationSql.Ok());
        SpanMaintenance.Insert(c, r, batch.Scope, batch.VersionOrd, batch.PredecessorOrd, batch.SuccessorOrd);
    }

    // DuckDB's rejected lines, by record index, with its error type.
    private Dictionary<int, string> RejectedRecords()
    {
        var result = new Dictionary<int, string>();
        foreach (var row in Db.Rows(c, "select line_byte_position, error_type from stg_rejects"))
        {
            var record = scan.RecordAt(Convert.ToInt64(row[0]));
            result.TryAdd(record, Convert.ToString(row[1]) ?? "");
        }
        Db.Exec(c, "delete from stg_rejects; delete from stg_reject_scans;");
        return result;
    }

    private long WriteQuarantine(GoodRowMap map, int[] unreadable)
    {
        var rows = new List<(int Record, string? Id, string Reason)>();
        foreach (var record in unreadable)
            rows.Add((record, null, scan.WrongFieldCount.TryGetValue(record, out var fields)
                ? $"{fields} fields where the header has {scan.HeaderFields}"
                : "record could not be read as CSV"));
        foreach (var row in Db.Rows(c, "select g, record_key, reason from chk where reason is not null"))
            rows.Add((map.Record(Convert.ToInt64(row[0])), (string?)row[1], (string)row[2]!));
        using var appender = c.CreateAppender("quarantine");
        foreach (var (record, id, reason) in rows.OrderBy(x => x.Record))
            appender.CreateRow()
                .AppendValue(batch.Scope).AppendValue(batch.AsOf.ToDateTime(TimeOnly.MinValue)).AppendValue(batch.VersionOrd)
                .AppendValue(r.FileName).AppendValue(scan.LineOf(record)).AppendValue(id).AppendValue(reason)
                .AppendValue(scan.RawText(record)).EndRow();
        return rows.Count;
    }

    private long WriteWarnings(GoodRowMap map)
    {
        if (WarningSql.Query(r) is not { } query) return 0;
        var rows = Db.Rows(c, query);
        using var appender = c.CreateAppender("row_warnings");
        foreach (var row in rows.OrderBy(x => Convert.ToInt64(x[0])).ThenBy(x => (string)x[2]!))
            appender.CreateRow()
                .AppendValue(batch.Scope).AppendValue(batch.AsOf.ToDateTime(TimeOnly.MinValue)).AppendValue(batch.VersionOrd)
                .AppendValue(r.FileName).AppendValue(scan.LineOf(map.Record(Convert.ToInt64(row[0]))))
                .AppendValue((string)row[1]!).AppendValue((string)row[2]!).AppendValue((string)row[3]!)
                .AppendValue((string)row[4]!).EndRow();
        return rows.Select(x => x[0]).Distinct().LongCount();
    }
}
