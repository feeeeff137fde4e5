using CommunityFp.Exports;
using CommunityFp.Exports.Product;
using DuckDB.NET.Data;

namespace CommunityFp.Dashboard.Data;

/// <summary>Research exports and their audit log (issue #7): the export runs on its own reader connection.</summary>
public sealed partial class WarehouseReader
{
    /// <summary>The tables an export reads that the warehouse does not have yet (empty: it can run).</summary>
    public IReadOnlyList<string> MissingExportTables(ProductExport export)
    {
        using var c = warehouse.OpenReader();
        return new ProductExporter(c).MissingTables(export);
    }

    /// <summary>Streams an export; one connection per export (its pseudonym secret belongs to that connection).</summary>
    public async Task<ExportResult> ExportAsync(ProductExport export, ExportFormat format, Stream output, ExportRequest request,
        CancellationToken cancellationToken)
    {
        using var c = warehouse.OpenReader();
        return await new ProductExporter(c).ToStreamAsync(export, format, output, request, cancellationToken);
    }

    /// <summary>Appends one line to the export audit log (created on first use, in the warehouse the server owns).</summary>
    public void RecordExport(ExportAuditEntry entry)
    {
        // one audit write at a time: two first exports creating the table at once would conflict in DuckDB's catalogue
        lock (AuditWrites) RecordExportNow(entry);
    }

    private static readonly object AuditWrites = new();

    private void RecordExportNow(ExportAuditEntry entry)
    {
        using var c = warehouse.OpenReader();
        EnsureAuditTable(c);
        using var command = c.CreateCommand();
        command.CommandText = """
            insert into export_audit (seq, exported_at, user_name, role, export, format, parameters, rows, outcome)
            values (nextval('export_audit_seq'), $at, $user, $role, $export, $format, $parameters, $rows, $outcome)
            """;
        command.Parameters.Add(new DuckDBParameter("at", entry.At.UtcDateTime));
        command.Parameters.Add(new DuckDBParameter("user", entry.UserName));
        command.Parameters.Add(new DuckDBParameter("role", entry.Role));
        command.Parameters.Add(new DuckDBParameter("export", entry.Export));
        command.Parameters.Add(new DuckDBParameter("format", entry.Format));
        command.Parameters.Add(new DuckDBParameter("parameters", entry.Parameters));
        command.Parameters.Add(new DuckDBParameter("rows", entry.Rows));
        command.Parameters.Add(new DuckDBParameter("outcome", entry.Outcome));
        command.ExecuteNonQuery();
    }

    /// <summary>The audit log, newest first: everyone's (<paramref name="userName"/> null) or one user's.</summary>
    public IReadOnlyList<ExportAuditEntry> ExportAudit(string? userName, int limit = 200)
    {
        using var c = warehouse.OpenReader();
        lock (AuditWrites) EnsureAuditTable(c);
        using var command = c.CreateCommand();
        command.CommandText = """
            select exported_at, user_name, role, export, format, parameters, rows, outcome from export_audit
            where $user::varchar is null or user_name = $user::varchar
            order by seq desc limit $limit
            """;
        command.Parameters.Add(new DuckDBParameter("user", (object?)userName ?? DBNull.Value));
        command.Parameters.Add(new DuckDBParameter("limit", limit));
        using var r = command.ExecuteReader();
        var entries = new List<ExportAuditEntry>();
        while (r.Read())
            entries.Add(new ExportAuditEntry(new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(0), DateTimeKind.Utc)), r.GetString(1), r.GetString(2),
                r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6), r.GetString(7)));
        return entries;
    }

    private static void EnsureAuditTable(DuckDBConnection c)
    {
        using var command = c.CreateCommand();
        command.CommandText = """
            create sequence if not exists export_audit_seq;
            create table if not exists export_audit (
                seq bigint primary key, exported_at timestamp not null, user_name varchar not null, role varchar not null,
                export varchar not null, format varchar not null, parameters varchar not null, rows bigint not null, outcome varchar not null);
            """;
        command.ExecuteNonQuery();
    }
}

/// <summary>One export as the audit log keeps it: who, what, with which parameters, how many rows, when, and whether it completed.</summary>
public sealed record ExportAuditEntry(DateTimeOffset At, string UserName, string Role, string Export, string Format, string Parameters, long Rows, string Outcome);
