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
internal sealed class BatchLoad(DuckDBConnection c, string folder, IProgress<LoadProgress>? progress, CancellationToken ct)
{
    private static readonly string[] TempTables =
        ["stg", "chk", "dup_keys", "span_over", "span_adj", "org_levels", "batch_resident_ids", "stg_rejects", "stg_reject_scans"];

    private VerifiedManifest? _manifest;

    public BatchOutcome Run()
    {
        var temp = Directory.CreateTempSubdirectory("cfp-etl-").FullName;
        var inTransaction = false;
        try
        {
            _manifest = VerifiedManifest.Verify(folder);
            var scans = new BatchFileScan(folder, _manifest, temp).Run();
            var (result, existing, existingOrd) = VersionDecision.Decide(c, _manifest);
            if (result == BatchResult.Unchanged)
                return Audited(Outcome(BatchResult.Unchanged, $"same files and checksums as the version exported at {existing} already loaded", []), existingOrd);
            ScopeOverlap.Check(c, _manifest.Scope);

            Db.Exec(c, "begin transaction");
            inTransaction = true;
            var files = LoadFiles(scans);
            StandIns.RecomputeAfterInsert(c, _manifest.Scope, _manifest.VersionOrd);
            PausePoint.Reach("before-commit");
            var outcome = Outcome(result, null, files);
            LoadAudit.Record(c, LoadAudit.NextArrival(c), outcome, _manifest.VersionOrd);
            Db.Exec(c, "commit");
            inTransaction = false;
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
            Db.Exec(c, "drop view if exists temp.ok");
            foreach (var t in TempTables) Db.Exec(c, $"drop table if exists temp.{t}");
            Directory.Delete(temp, recursive: true);
        }
    }

    private string? _currentFile;

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
        foreach (var (register, scan) in scans)
        {
            ct.ThrowIfCancellationRequested();
            _currentFile = register.FileName;
            // Rows = rows of the batch done so far (the CLI draws a bar of Rows / RowsTotal).
            var file = new RegisterFileLoad(c, batch, register, scan).Run((rows, _) =>
            {
                done += rows;
                progress?.Report(new LoadProgress(folder, register.FileName, done, total, done / Math.Max(clock.Elapsed.TotalSeconds, 1e-6)));
            });
            files.Add(file);
            if (register == RegisterCatalog.OrgUnits) ScopeOverlap.CheckScopeIsUnit(c, m.Scope);
            PausePoint.Reach("after-" + register.Name);
        }
        _currentFile = null;
        foreach (var register in RegisterCatalog.All.Where(r => !m.Manifest.Files.ContainsKey(r.FileName)))
            RegisterFileLoad.Absent(c, batch, register);
        return files;
    }

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
