using CommunityFp.Etl.Audit;
using CommunityFp.Etl.History;
using CommunityFp.Etl.Staging;
using CommunityFp.Etl.Verification;
using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl;

/// <summary>
/// Loads one batch folder as one transaction: verify everything that needs no warehouse first, then decide the
/// version's place, then stage, check and historise every register; a refusal rolls back and is audited after.
/// </summary>
/// <param name="snapshots">
/// The loader's <see cref="ScopeSnapshot"/> per scope (null = never reuse records): a batch appended right after the
/// scope's snapshot reads only its changed records; the snapshot is replaced after commit, dropped after a failure.
/// </param>
internal sealed class BatchLoad(DuckDBConnection c, string folder, IProgress<LoadProgress>? progress, CancellationToken ct,
    Dictionary<string, ScopeSnapshot>? snapshots = null)
{
    private static readonly string[] TempTables =
        ["stg", "chk", "dup_keys", "span_over", "span_adj", "org_levels", "batch_resident_ids", "stg_rejects", "stg_reject_scans", "not_seen", "org_gone"];

    private static readonly string[] TempViews = ["ok_full", "unchanged", "ok"];

    private VerifiedManifest? _manifest;

    public BatchOutcome Run()
    {
        var temp = Directory.CreateTempSubdirectory("cfp-etl-").FullName;
        _temp = temp;
        var inTransaction = false;
        var snapshotTouched = false;
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _manifest = VerifiedManifest.Verify(folder);
            var scans = new BatchFileScan(folder, _manifest, temp).Run();
            Trace($"verified and scanned in {clock.Elapsed.TotalSeconds:F2} s");
            var (result, existing, existingOrd) = VersionDecision.Decide(c, _manifest);
            if (result == BatchResult.Unchanged)
                return Audited(Outcome(BatchResult.Unchanged, $"same files and checksums as the version exported at {existing} already loaded", []), existingOrd);
            ScopeOverlap.Check(c, _manifest.Scope);

            Db.Exec(c, "begin transaction");
            inTransaction = true;
            snapshotTouched = true;
            var files = LoadFiles(scans);
            StandIns.RecomputeAfterInsert(c, _manifest.Scope, _manifest.VersionOrd);
            PausePoint.Reach("before-commit");
            var outcome = Outcome(result, null, files);
            LoadAudit.Record(c, LoadAudit.NextArrival(c), outcome, _manifest.VersionOrd);
            var commitClock = System.Diagnostics.Stopwatch.StartNew();
            Db.Exec(c, "commit");
            inTransaction = false;
            snapshotTouched = false;
            Trace($"committed in {commitClock.Elapsed.TotalSeconds:F2} s; batch {clock.Elapsed.TotalSeconds:F2} s");
            if (snapshots is not null)
            {
                // A version placed before the latest leaves the latest's snapshot as it is.
                if (_next is not null) snapshots[_manifest.Scope] = _next;
            }
            return outcome;
        }
        catch (BatchRefusedException e)
        {
            if (inTransaction) Db.Exec(c, "rollback");
            return Audited(Outcome(BatchResult.Refused, e.Message, []), null);
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            // DuckDB messages can quote data: only say where it happened (CFP_ETL_DEBUG=1 shows the message).
            if (inTransaction) Db.Exec(c, "rollback");
            var detail = Environment.GetEnvironmentVariable("CFP_ETL_DEBUG") == "1" ? ": " + e.Message : "";
            return Audited(Outcome(BatchResult.Refused, $"{_currentFile ?? "batch"}: the warehouse could not load it (DuckDB error){detail}", []), null);
        }
        catch (IOException e)
        {
            // A file that vanished or cannot be read between verification and loading: refuse, never crash the run.
            if (inTransaction) Db.Exec(c, "rollback");
            return Audited(Outcome(BatchResult.Refused, $"{_currentFile ?? "batch"}: could not be read ({e.GetType().Name})", []), null);
        }
        catch
        {
            if (inTransaction) Db.Exec(c, "rollback");
            throw;
        }
        finally
        {
            // A failed load may have changed the scope's snapshot in place: the next batch reads whole.
            if (snapshotTouched && _manifest is not null) snapshots?.Remove(_manifest.Scope);
            foreach (var v in TempViews) Db.Exec(c, $"drop view if exists temp.{v}");
            foreach (var t in TempTables) Db.Exec(c, $"drop table if exists temp.{t}");
            Directory.Delete(temp, recursive: true);
        }
    }

    private string? _currentFile;
    private static readonly bool Tracing = Environment.GetEnvironmentVariable("CFP_ETL_TRACE") == "1";

    // Timings only (no data), on stderr with CFP_ETL_TRACE=1.
    private static void Trace(string what)
    {
        if (Tracing) Console.Error.WriteLine("TRACE " + what);
    }
    private string _temp = "";
    private ScopeSnapshot? _next;

    private List<FileOutcome> LoadFiles(IReadOnlyList<(RegisterDefinition Register, CsvScan Scan)> scans)
    {
        var m = _manifest!;
        Db.Exec(c, "insert into batch_versions values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            m.Scope, m.AsOf, m.Manifest.ExportedAt, m.ExportedAt.UtcDateTime, m.ExportedLocalDate, m.VersionOrd,
            m.ContentHash, m.Manifest.Encoding, m.Manifest.Source);
        var (pred, succ) = VersionDecision.Neighbours(c, m.Scope, m.VersionOrd);
        var batch = new BatchContext(m.Scope, m.AsOf, m.VersionOrd, pred, succ);
        var total = scans.Sum(s => s.Scan.DataRecords);
        progress?.Report(new LoadProgress(folder, null, 0, total, 0));
        var files = new List<FileOutcome>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long done = 0;
        // Reuse the previous batch's records only when this version is appended right after it.
        var keep = snapshots is not null && succ is null;
        ScopeSnapshot? previous = null;
        if (keep && pred is { } p)
            previous = snapshots!.TryGetValue(m.Scope, out var s) && s.VersionOrd == p ? s : ReuseStore.Load(c, m.Scope, p);
        var registers = new Dictionary<string, RegisterSnapshot>(StringComparer.Ordinal);
        string? orgFingerprint = null;
        var orgUnitsGone = false;
        foreach (var (register, scan) in scans)
        {
            ct.ThrowIfCancellationRequested();
            _currentFile = register.FileName;
            RegisterSnapshot? before = null;
            if (previous is not null && register != RegisterCatalog.OrgUnits && orgFingerprint is not null)
                previous.Registers.TryGetValue(register.Name, out before);
            // Rows = rows of the batch done so far (the CLI draws a bar of Rows / RowsTotal).
            var load = new RegisterFileLoad(c, batch, register, scan, before, keep && register != RegisterCatalog.OrgUnits, _temp)
            {
                OrgUnitsGone = orgUnitsGone,
            };
            var file = load.Run((rows, _) =>
            {
                done += rows;
                progress?.Report(new LoadProgress(folder, register.FileName, done, total, done / Math.Max(clock.Elapsed.TotalSeconds, 1e-6)));
            });
            files.Add(file);
            if (load.Next is { } next) registers[register.Name] = next;
            if (register == RegisterCatalog.OrgUnits)
            {
                ScopeOverlap.CheckScopeIsUnit(c, m.Scope);
                orgFingerprint = OrgFingerprint();
                if (previous is not null) orgUnitsGone = OrgUnitsGone(previous.OrgFingerprint, orgFingerprint);
            }
            PausePoint.Reach("after-" + register.Name);
        }
        _currentFile = null;
        foreach (var register in RegisterCatalog.All.Where(r => !m.Manifest.Files.ContainsKey(r.FileName)))
            RegisterFileLoad.Absent(c, batch, register);
        _next = keep && orgFingerprint is not null ? new ScopeSnapshot(m.VersionOrd, orgFingerprint, registers) : null;
        if (_next is not null) ReuseStore.Save(c, m.Scope, _next);
        return files;
    }

    // Uploads temp.org_gone: the previous batch's valid units (code) missing here or at another level. A reused row
    // naming one of them is read again (its reference may now fail); units that only appeared change no reused row.
    private bool OrgUnitsGone(string before, string now)
    {
        var current = now.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var gone = before.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(u => !current.Contains(u))
            .Select(u => u[..u.IndexOf(':')]).Distinct().ToList();
        Db.Exec(c, "create or replace temp table org_gone (code varchar not null)");
        using (var appender = c.CreateAppender("temp", "main", "org_gone"))
            foreach (var code in gone) appender.CreateRow().AppendValue(code).EndRow();
        return gone.Count > 0;
    }

    // The batch's valid org units (code and level), which every org reference of the batch is checked against.
    private string OrgFingerprint() =>
        Db.Scalar<string>(c, "select coalesce(string_agg(code || ':' || coalesce(level::varchar, '?'), ',' order by code), '') from org_levels") ?? "";

    private BatchOutcome Outcome(BatchResult result, string? reason, IReadOnlyList<FileOutcome> files)
    {
        var m = _manifest?.Manifest;
        return new BatchOutcome(folder, m?.Scope ?? "", m?.AsOf ?? "", m?.ExportedAt ?? "", result, reason,
            files.Sum(f => f.RowsRead), files.Sum(f => f.RowsLoaded), files.Sum(f => f.RowsQuarantined),
            files.Sum(f => f.RowsWarned), files);
    }

    private BatchOutcome Audited(BatchOutcome o, long? ord)
    {
        LoadAudit.Record(c, LoadAudit.NextArrival(c), o, ord);
        return o;
    }
}
