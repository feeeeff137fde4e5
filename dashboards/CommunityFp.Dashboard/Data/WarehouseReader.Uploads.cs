namespace CommunityFp.Dashboard.Data;

// Uploads (/upload): who uploaded which batch, when, and what the load did. Kept in the warehouse beside load_audit.
public sealed partial class WarehouseReader
{
    private const string UploadColumns = """
        upload_id, uploaded_at, user_name, file_name, scope, as_of, exported_at, outcome, reason,
        rows_read, rows_loaded, rows_quarantined, rows_warned, refresh, batch_folder
        """;

    private static readonly object UploadTableLock = new();
    private bool _uploadTableReady;

    private void EnsureUploadTable(DuckDB.NET.Data.DuckDBConnection c)
    {
        lock (UploadTableLock)
        {
            if (_uploadTableReady) return;
            Execute(c, """
                create table if not exists dashboard_uploads (
                    upload_id integer primary key, uploaded_at timestamp not null, user_name varchar not null,
                    file_name varchar not null, scope varchar, as_of varchar, exported_at varchar, outcome varchar not null,
                    reason varchar, rows_read bigint, rows_loaded bigint, rows_quarantined bigint, rows_warned bigint,
                    refresh varchar, batch_folder varchar)
                """);
            _uploadTableReady = true;
        }
    }

    /// <summary>Stores an upload's report and returns it with its id (callers serialise uploads).</summary>
    public UploadRecord RecordUpload(UploadRecord upload)
    {
        using var c = warehouse.OpenReader();
        EnsureUploadTable(c);
        var id = Convert.ToInt32(Query(c, "select coalesce(max(upload_id), 0) + 1 from dashboard_uploads", [], r => r.GetValue(0))[0]);
        var stored = upload with { Id = id };
        Query(c, $"insert into dashboard_uploads ({UploadColumns}) values ($id, $at, $user, $file, $scope, $as_of, $exported_at, $outcome, $reason, $read, $loaded, $quarantined, $warned, $refresh, $folder) returning upload_id",
            [P("id", id), P("at", stored.UploadedAt), P("user", stored.UserName), P("file", stored.FileName), P("scope", (object?)stored.Scope ?? DBNull.Value),
             P("as_of", (object?)stored.AsOf ?? DBNull.Value), P("exported_at", (object?)stored.ExportedAt ?? DBNull.Value), P("outcome", stored.Outcome),
             P("reason", (object?)stored.Reason ?? DBNull.Value), P("read", stored.RowsRead), P("loaded", stored.RowsLoaded), P("quarantined", stored.RowsQuarantined),
             P("warned", stored.RowsWarned), P("refresh", (object?)stored.Refresh ?? DBNull.Value), P("folder", (object?)stored.BatchFolder ?? DBNull.Value)],
            r => r.GetValue(0));
        return stored;
    }

    /// <summary>The uploads an account may see, newest first: every upload for an administrator, otherwise its own.</summary>
    public IReadOnlyList<UploadRecord> Uploads(string userName, bool everyone, int? id = null)
    {
        using var c = warehouse.OpenReader();
        // Reading never writes: before the first upload there is no table and no upload.
        if (Scalar<long>(c, "select count(*) from information_schema.tables where table_name = 'dashboard_uploads'") == 0) return [];
        return Query(c, $"""
            select {UploadColumns} from dashboard_uploads
            where ($everyone or user_name = $user) and ($id is null or upload_id = $id)
            order by upload_id desc limit 200
            """,
            [P("everyone", everyone), P("user", userName), P("id", (object?)id ?? DBNull.Value)], ReadUpload);
    }

    /// <summary>The per-file counts the ETL recorded for an upload's batch folder (load_audit).</summary>
    public IReadOnlyList<UploadFileCounts> UploadFiles(UploadRecord upload)
    {
        if (upload.BatchFolder is null) return [];
        using var c = warehouse.OpenReader();
        return Query(c, """
            select file, rows_read, rows_loaded, rows_quarantined, rows_warned from load_audit
            where batch_folder = $folder and file is not null order by file
            """, [P("folder", upload.BatchFolder)],
            r => new UploadFileCounts(r.GetString(0), Convert.ToInt64(r.GetValue(1)), Convert.ToInt64(r.GetValue(2)), Convert.ToInt64(r.GetValue(3)), Convert.ToInt64(r.GetValue(4))));
    }

    private static UploadRecord ReadUpload(System.Data.Common.DbDataReader r) => new(
        Convert.ToInt32(r.GetValue(0)), DateTime.SpecifyKind(r.GetDateTime(1), DateTimeKind.Utc), r.GetString(2), r.GetString(3), Text(r, 4), Text(r, 5), Text(r, 6), r.GetString(7), Text(r, 8),
        Convert.ToInt64(r.GetValue(9)), Convert.ToInt64(r.GetValue(10)), Convert.ToInt64(r.GetValue(11)), Convert.ToInt64(r.GetValue(12)), Text(r, 13), Text(r, 14));

    private static string? Text(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static void Execute(DuckDB.NET.Data.DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
