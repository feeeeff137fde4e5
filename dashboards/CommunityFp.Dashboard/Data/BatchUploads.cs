using CommunityFp.Dashboard.Uploads;
using CommunityFp.Etl;
using CommunityFp.Models;
using CommunityFp.Registers;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// Loads an uploaded batch through the same ETL as <c>cfp load</c>, in this process (which owns the warehouse file),
/// then refreshes the marts with an incremental model build. One upload at a time: the ETL and the build use the
/// loader's connection, each in its own transaction, so pages reading through other connections see the warehouse
/// before or after, never half of it. An office may upload only a batch whose scope lies inside its territory; that is
/// checked on the manifest before anything is loaded.
/// </summary>
public sealed class BatchUploads(WarehouseLoader warehouse, WarehouseReader reader, UploadLimits limits, ILogger<BatchUploads> log)
{
    /// <summary>The roles that may upload (offices and administrators).</summary>
    public static readonly string[] UploadRoles = ["district", "street", DashboardRoles.Admin];

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public UploadLimits Limits => limits;

    /// <summary>Unpacks, checks the scope, loads and refreshes; every outcome (refusals too) is stored and returned.</summary>
    public async Task<UploadRecord> UploadAsync(string userName, bool administrator, Territory territory, string fileName, Stream zip, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cfp-uploads", Guid.NewGuid().ToString("N"));
        var record = new UploadRecord(0, DateTime.UtcNow, userName, SafeName(fileName), null, null, null, nameof(BatchResult.Refused), null, 0, 0, 0, 0, null, null);
        await Gate.WaitAsync(ct);
        try
        {
            var batch = BatchArchive.Extract(zip, record.FileName, folder, limits);
            var manifest = ReadManifest(batch);
            var scope = OrgCode.Normalise(manifest.Scope ?? "") ?? "";
            record = record with { Scope = scope, AsOf = manifest.AsOf, ExportedAt = manifest.ExportedAt };
            if (!administrator && (scope.Length == 0 || !territory.Contains(scope)))
                return reader.RecordUpload(record with { Reason = $"{BatchManifest.FileName}: the batch's scope {scope} lies outside your territory {territory.RootCode}: nothing was loaded" });
            // Once started, the load and the build run to the end even if the browser goes away: the report is stored.
            var outcome = await Task.Run(() => warehouse.Load([batch], null, CancellationToken.None).Batches.Single(), CancellationToken.None);
            record = record with
            {
                Outcome = outcome.Result.ToString(), Reason = outcome.Reason is null ? null : ReasonMask.Mask(outcome.Reason), BatchFolder = outcome.BatchFolder,
                RowsRead = outcome.RowsRead, RowsLoaded = outcome.RowsLoaded, RowsQuarantined = outcome.RowsQuarantined, RowsWarned = outcome.RowsWarned,
            };
            if (outcome.Result is BatchResult.Loaded or BatchResult.Replaced or BatchResult.Superseded)
                record = record with { Refresh = await Task.Run(Refresh, CancellationToken.None) };
            return reader.RecordUpload(record);
        }
        catch (UploadRefusedException e)
        {
            return reader.RecordUpload(record with { Reason = e.Message });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // DuckDB's messages can quote values: the log and the report get the error's type only.
            log.LogError("upload {File} by {User} failed: {Error}", record.FileName, userName, e.GetType().Name);
            return reader.RecordUpload(record with { Reason = $"{record.FileName}: the server could not load it ({e.GetType().Name}); nothing was changed" });
        }
        finally
        {
            Gate.Release();
            try { if (Directory.Exists(folder)) Directory.Delete(folder, true); }
            catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The incremental model build after a load (only the months the new batch can change); its outcome in a word.</summary>
    private string Refresh()
    {
        try
        {
            var summary = ModelBuilder.BuildWarehouse(warehouse.Connection, ModelCatalog.LoadProductModels(), null);
            return summary.Context?.RebuildFrom is { } from ? $"built from {from:yyyy-MM-dd}" : "built in full";
        }
        catch (ModelBuildException e)
        {
            // The message can quote example rows of a failing data test: the log gets the model only.
            log.LogError("model build after an upload failed in {Model}", e.Model);
            return $"build failed ({e.Model}); the previous figures stay in place";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError("model build after an upload failed: {Error}", e.GetType().Name);
            return $"build failed ({e.GetType().Name}); the previous figures stay in place";
        }
    }

    private static BatchManifest ReadManifest(string batch)
    {
        try { return BatchManifest.Read(Path.Combine(batch, BatchManifest.FileName)); }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException or NotSupportedException or InvalidOperationException)
        {
            throw new UploadRefusedException(BatchManifest.FileName, "malformed manifest: it is not the JSON the contract describes");
        }
    }

    /// <summary>The uploaded file's name without any folder part (browsers may send a path).</summary>
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(name) ? "upload.zip" : name.Length > 120 ? name[..120] : name;
    }
}
