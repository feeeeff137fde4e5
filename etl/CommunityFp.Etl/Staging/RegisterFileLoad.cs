using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// <para>
/// With the scope's previous batch's <see cref="RegisterSnapshot"/> (the batch is appended right after it), the
/// records with the canonical form (<see cref="CanonicalRecordForm"/>: the same stored values, whatever the column
/// order or date layout) of a valid, unwarned record of that batch are <em>unchanged</em>: their typed rows
/// are that batch's history rows and DuckDB reads only the other records (<em>fresh</em>, a subset file). The
/// checks that depend on the rest of the batch are still made over every row: ids repeated within the file (a fresh
/// key equal to an unchanged one sends that record through DuckDB too), spouse/father among the batch's residents
/// and birth order (over fresh and unchanged rows), and org references: a reused row naming a unit that is no longer
/// among the batch's valid org units at the same level is read again (units that only appeared change nothing).
/// Event dates cannot newly pass the as_of (it only grows from one version to the next).
/// </para>
/// </summary>
internal sealed class RegisterFileLoad(DuckDBConnection c, BatchContext batch, RegisterDefinition r, CsvScan scan,
    RegisterSnapshot? previous, bool keepSnapshot, string tempDir)
{
    private static int _stamps;
    private static readonly bool Trace = Environment.GetEnvironmentVariable("CFP_ETL_TRACE") == "1";

    // The file DuckDB reads (the whole file or the fresh subset) and its record index → the original record index.
    private CsvScan _read = null!;
    private int[]? _original;
    private RegisterValidationSql _sql = null!;

    // Reuse only: the previous batch's entries, this load's stamp and the unchanged records.
    private bool _reusing;
    private int _stamp;
    private bool[] _unchanged = [];
    private long _unchangedCount;
    private Dictionary<string, int>? _unchangedByKey;
    private bool _keyIsFirst;

    /// <summary>
    /// True when temp.org_gone lists units valid in the previous batch but not (at that level) in this one: reused
    /// rows naming one are read again.
    /// </summary>
    public bool OrgUnitsGone { get; init; }

    /// <summary>The register's snapshot after this batch (null: the next batch reads this register whole).</summary>
    public RegisterSnapshot? Next { get; private set; }

    public FileOutcome Run(Action<long, double> progress)
    {
        var clock = Stopwatch.StartNew();
        _read = scan;
        var header = scan.Header();
        _keyIsFirst = header.Length > 0 && header[0] == r.KeyColumn;
        var form = new CanonicalRecordForm(r, header, scan.Records > 0 ? scan.RawText(0) : "");
        var hashing = Stopwatch.StartNew();
        var raw = keepSnapshot || previous is not null ? RawRecords.Read(scan, form) : null;
        if (Trace && raw is not null) Console.Error.WriteLine($"TRACE {r.FileName}: read and canonical hashes {hashing.Elapsed.TotalSeconds:F2} s");
        _sql = new RegisterValidationSql(r, header, batch.AsOf);
        _reusing = raw is not null && previous is not null && previous.Signature == form.Signature;

        GoodRowMap map;
        int[] unreadable;
        if (_reusing) (map, unreadable) = StageFresh(raw!);
        else (map, unreadable) = StageWhole();

        Db.Exec(c, _sql.DuplicateKeys());
        if (r == RegisterCatalog.OrgUnits)
        {
            Db.Exec(c, _sql.Check(skipOrgReferences: true));
            Db.Exec(c, RegisterValidationSql.OrgLevels());
            Db.Exec(c, RegisterValidationSql.CheckOrgUnitParents());
        }
        else Db.Exec(c, _sql.Check(skipOrgReferences: false));
        if (r == RegisterCatalog.Residents)
            Db.Exec(c, "create or replace temp table batch_resident_ids as select distinct resident_id from stg where resident_id is not null"
                       + (_reusing ? " union select record_key from unchanged" : ""));

        var quarantined = WriteQuarantine(map, unreadable);
        Db.Exec(c, RegisterValidationSql.Ok());
        if (_reusing)
            Db.Exec(c, "create or replace temp view ok_full as select * from ok union all by name select null::bigint as g, * from unchanged");
        var loaded = Db.Scalar<long>(c, "select count(*) from ok") + _unchangedCount;
        var warnedKeys = WriteWarnings(map);
        SpanMaintenance.Insert(c, r, batch.Scope, batch.VersionOrd, batch.PredecessorOrd, batch.SuccessorOrd,
            _reusing ? "not_seen" : null);
        if (raw is not null && keepSnapshot) Next = NextSnapshot(raw, map, form.Signature, warnedKeys);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        if (Trace)
            Console.Error.WriteLine($"TRACE {r.FileName}: {seconds:F2} s, {scan.DataRecords} records, {_unchangedCount} reused");
        progress(scan.DataRecords, scan.DataRecords / seconds);
        return new FileOutcome(r.FileName, scan.DataRecords, loaded, quarantined, warnedKeys.Count, _unchangedCount);
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
        SpanMaintenance.Insert(c, r, batch.Scope, batch.VersionOrd, batch.PredecessorOrd, batch.SuccessorOrd, null);
    }

    private (GoodRowMap, int[]) StageWhole() => Stage();

    // DuckDB reads _read into stg; returns the good-row map and the records it could not read (or the byte scan refused).
    private (GoodRowMap Map, int[] Unreadable) Stage()
    {
        var (stage, parameters) = _sql.Stage(_read.ReadPath);
        Db.Exec(c, stage, parameters);
        var rejected = RejectedRecords();
        var blank = _read.BlankRecords.Where(b => b > 0).Except(rejected.Keys).ToArray();
        var staged = Db.Scalar<long>(c, "select count(*) from stg");
        if (staged + rejected.Count + blank.Length != _read.DataRecords)
            throw new BatchRefusedException(r.FileName,
                $"CSV structure could not be read consistently ({_read.DataRecords} records, DuckDB read {staged} and rejected {rejected.Count})");
        var map = new GoodRowMap(rejected.Keys.Concat(blank));

        // DuckDB tolerates some field-count errors (a trailing empty field): the byte scan has the final word.
        var wrongCount = _read.WrongFieldCount.Keys.Where(k => !rejected.ContainsKey(k) && !blank.Contains(k)).ToArray();
        if (wrongCount.Length > 0)
            Db.Exec(c, $"delete from stg where g in ({string.Join(", ", wrongCount.Select(k => map.G(k)))})");
        return (map, rejected.Keys.Concat(blank).Concat(wrongCount).ToArray());
    }

    // Classifies every record as unchanged or fresh, then stages the fresh ones; a fresh key equal to an unchanged
    // record's key makes that record fresh too (both are then quarantined as repeated ids) and stages again.
    private (GoodRowMap, int[]) StageFresh(RawRecords raw)
    {
        _stamp = Interlocked.Increment(ref _stamps);
        var entries = previous!.Entries;
        _unchanged = new bool[scan.Records];
        for (var i = 1; i < scan.Records; i++)
        {
            ref var e = ref CollectionsMarshal.GetValueRefOrNullRef(entries, raw.Hashes[i]);
            if (Unsafe.IsNullRef(ref e) || e.Warned) continue;
            if (e.Stamp == _stamp)
            {
                // The same text twice in the file: both are read (their repeated id quarantines both).
                if (e.Record >= 0) _unchanged[e.Record] = false;
                e.Record = -1;
                continue;
            }
            e.Stamp = _stamp;
            e.Record = i;
            _unchanged[i] = true;
        }
        var orgColumns = r.Columns.Where(x => x.OrgReference != OrgReference.None).Select(x => "u." + Sql.Id(x.Name)).ToList();
        if (OrgUnitsGone && orgColumns.Count > 0)
        {
            UploadNotSeen(entries);
            var naming = Db.Rows(c, $"""
                select u.record_key from unchanged u
                where {string.Join(" or ", orgColumns.Select(x => $"{x} in (select code from org_gone)"))}
                """);
            var byKey = UnchangedByKey();
            foreach (var row in naming) Demote(entries, raw, byKey, (string)row[0]!);
        }
        var path = Path.Combine(tempDir, r.Name + ".fresh.csv");
        while (true)
        {
            UploadNotSeen(entries);
            var fresh = new List<int>();
            for (var i = 1; i < scan.Records; i++) if (!_unchanged[i]) fresh.Add(i);
            _unchangedCount = scan.DataRecords - fresh.Count;
            raw.WriteSubset(path, fresh);
            _read = CsvScan.Run(path, gb18030: false, tempDir);
            _original = [0, .. fresh];
            var staged = Stage();
            var collisions = Db.Rows(c, _sql.KeysAlsoIn("unchanged")).Select(x => (string)x[0]!).ToList();
            if (Trace) Console.Error.WriteLine($"TRACE {r.FileName}: {fresh.Count} fresh records, {collisions.Count} fresh keys equal to unchanged ones");
            if (collisions.Count == 0) return staged;
            var unchangedByKey = UnchangedByKey();
            foreach (var key in collisions) Demote(entries, raw, unchangedByKey, key);
        }
    }

    // An unchanged record that must be read after all.
    private void Demote(Dictionary<UInt128, RegisterSnapshot.Entry> entries, RawRecords raw, Dictionary<string, int> byKey, string key)
    {
        var record = byKey[key];
        _unchanged[record] = false;
        CollectionsMarshal.GetValueRefOrNullRef(entries, raw.Hashes[record]).Record = -1;
        byKey.Remove(key);
    }

    // temp.not_seen: keys of the previous batch's rows that are not unchanged here; temp.unchanged: the others' rows.
    private void UploadNotSeen(Dictionary<UInt128, RegisterSnapshot.Entry> entries)
    {
        Db.Exec(c, "create or replace temp table not_seen (k varchar not null)");
        using (var appender = c.CreateAppender("temp", "main", "not_seen"))
            foreach (var e in entries.Values)
                if (e.Stamp != _stamp || e.Record < 0) appender.CreateRow().AppendValue(e.Key).EndRow();
        var p = Sql.Int(batch.PredecessorOrd!.Value);
        Db.Exec(c, $"""
            create or replace temp view unchanged as
            select h.record_key, h.row_hash, {Schema.ColumnTypes.ColumnList(r, "h")}, h.extra_columns
            from {Schema.ColumnTypes.HistoryTable(r)} h
            where h.scope = {Sql.Str(batch.Scope)} and h.from_ord <= {p} and (h.to_ord is null or h.to_ord >= {p})
              and h.record_key not in (select k from not_seen);
            """);
    }

    private Dictionary<string, int> UnchangedByKey()
    {
        if (_unchangedByKey is not null) return _unchangedByKey;
        _unchangedByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in previous!.Entries.Values)
            if (e.Stamp == _stamp && e.Record >= 0 && _unchanged[e.Record]) _unchangedByKey[e.Key] = e.Record;
        return _unchangedByKey;
    }

    // The original record index (and so line) of a record of the file DuckDB read.
    private int Original(int record) => _original is null ? record : _original[record];

    // DuckDB's rejected lines, by record index, with its error type.
    private Dictionary<int, string> RejectedRecords()
    {
        var result = new Dictionary<int, string>();
        foreach (var row in Db.Rows(c, "select line_byte_position, error_type from stg_rejects"))
        {
            var record = _read.RecordAt(Convert.ToInt64(row[0]));
            result.TryAdd(record, Convert.ToString(row[1]) ?? "");
        }
        Db.Exec(c, "delete from stg_rejects; delete from stg_reject_scans;");
        return result;
    }

    private long WriteQuarantine(GoodRowMap map, int[] unreadable)
    {
        var rows = new List<(int Record, string? Id, string Reason)>();
        var keys = KeysOfUnreadable(unreadable);
        foreach (var record in unreadable)
            rows.Add((record, keys.GetValueOrDefault(record), _read.WrongFieldCount.TryGetValue(record, out var fields)
                ? $"{fields} fields where the header has {_read.HeaderFields}"
                : "record could not be read as CSV"));
        foreach (var row in Db.Rows(c, "select g, record_key, reason from chk where reason is not null"))
            rows.Add((map.Record(Convert.ToInt64(row[0])), (string?)row[1], (string)row[2]!));
        using var appender = c.CreateAppender("quarantine");
        foreach (var (record, id, reason) in rows.OrderBy(x => x.Record))
            appender.CreateRow()
                .AppendValue(batch.Scope).AppendValue(batch.AsOf.ToDateTime(TimeOnly.MinValue)).AppendValue(batch.VersionOrd)
                .AppendValue(r.FileName).AppendValue(scan.LineOf(Original(record))).AppendValue(id).AppendValue(reason)
                .AppendValue(_read.RawText(record)).EndRow();
        return rows.Count;
    }

    /// <summary>
    /// "A quarantined row is not a deletion" (registers.md) holds for records that cannot be split into the header's
    /// fields too: when the key is the header's first column, the fields before any misalignment are the record's own,
    /// so its first field names the record and the previous batch's version stands in for it. Not when another record
    /// of the file has the same key (that one decides: valid, or quarantined as a repeated id), nor when two
    /// unreadable records share it; nor when the key is not the first column (the misalignment could come before it).
    /// </summary>
    private Dictionary<int, string> KeysOfUnreadable(int[] unreadable)
    {
        var keys = new Dictionary<int, string>();
        if (!_keyIsFirst || unreadable.Length == 0) return keys;
        var keyColumn = r.Column(r.KeyColumn)!;
        foreach (var record in unreadable)
        {
            var fields = CsvLine.Split(_read.RawText(record));
            var key = fields.Count > 0 ? fields[0].Trim() : "";
            if (keyColumn.Kind == ColumnKind.OrgCode) key = OrgCode.Normalise(key) ?? "";
            if (key.Length > 0) keys[record] = key;
        }
        var shared = keys.Values.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var elsewhere = Db.Rows(c, "select distinct record_key from chk where record_key is not null")
            .Select(row => (string)row[0]!).ToHashSet(StringComparer.Ordinal);
        if (_reusing) elsewhere.UnionWith(UnchangedByKey().Keys);
        foreach (var (record, key) in keys.ToList())
            if (shared.Contains(key) || elsewhere.Contains(key)) keys.Remove(record);
        return keys;
    }

    // Returns the keys of the warned rows.
    private HashSet<string> WriteWarnings(GoodRowMap map)
    {
        var warned = new HashSet<string>(StringComparer.Ordinal);
        if (WarningSql.Query(r, _reusing ? "ok_full" : "ok") is not { } query) return warned;
        var rows = Db.Rows(c, query).Select(x =>
        {
            // A null g is an unchanged row: its line comes from where its text was found.
            var record = x[0] is null ? UnchangedByKey()[(string)x[1]!] : Original(map.Record(Convert.ToInt64(x[0])));
            return (Record: record, Key: (string)x[1]!, Kind: (string)x[2]!, Column: (string)x[3]!, Detail: (string)x[4]!);
        }).OrderBy(x => x.Record).ThenBy(x => x.Kind, StringComparer.Ordinal).ToList();
        using var appender = c.CreateAppender("row_warnings");
        foreach (var w in rows)
        {
            appender.CreateRow()
                .AppendValue(batch.Scope).AppendValue(batch.AsOf.ToDateTime(TimeOnly.MinValue)).AppendValue(batch.VersionOrd)
                .AppendValue(r.FileName).AppendValue(scan.LineOf(w.Record))
                .AppendValue(w.Key).AppendValue(w.Kind).AppendValue(w.Column).AppendValue(w.Detail).EndRow();
            warned.Add(w.Key);
        }
        return warned;
    }

    // This batch's valid rows by canonical hash: the previous entries still unchanged plus the fresh valid rows.
    private RegisterSnapshot NextSnapshot(RawRecords raw, GoodRowMap map, string signature, HashSet<string> warnedKeys)
    {
        Dictionary<UInt128, RegisterSnapshot.Entry> entries;
        List<UInt128> removed = [], added = [];
        if (_reusing)
        {
            entries = previous!.Entries;
            // Not unchanged here: gone (read again if still written). Unchanged but warned now: rewritten as warned.
            var gone = new List<UInt128>();
            foreach (var (h, e) in entries)
                if (e.Stamp != _stamp || e.Record < 0) gone.Add(h);
                else if (warnedKeys.Contains(e.Key)) added.Add(h);
            foreach (var h in gone) entries.Remove(h);
            foreach (var h in added) CollectionsMarshal.GetValueRefOrNullRef(entries, h).Warned = true;
            removed.AddRange(gone);
            removed.AddRange(added);
        }
        else entries = new Dictionary<UInt128, RegisterSnapshot.Entry>((int)Math.Min(int.MaxValue, scan.DataRecords));
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select g, record_key from ok";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(1);
            var record = Original(map.Record(reader.GetInt64(0)));
            entries[raw.Hashes[record]] = new RegisterSnapshot.Entry(key, warnedKeys.Contains(key), 0, 0);
            if (_reusing) added.Add(raw.Hashes[record]);
        }
        return new RegisterSnapshot(signature, entries) { Changes = _reusing ? (removed, added) : null };
    }
}
