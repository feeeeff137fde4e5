using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Product;

/// <summary>
/// The load's inspection tables (docs/warehouse-schema.md): administrators only. The quarantine keeps the raw text of
/// refused lines, which can hold names and citizen ids; row warnings and the audit name files and record keys.
/// </summary>
internal static class OperationalExports
{
    private const string MadeBy = "cfp load";

    private static readonly ColumnDoc Scope = new("scope", "the batch's scope (district code)");
    private static readonly ColumnDoc AsOf = new("as_of", "the batch's as-of date (register state at that month end)");
    private static readonly ColumnDoc VersionOrd = new("version_ord", "orders the versions of one scope and as-of date");
    private static readonly ColumnDoc File = new("file", "the register file");
    private static readonly ColumnDoc Line = new("line", "line in the file (1 = header)");
    private static readonly ColumnDoc RecordKey = new("record_key", "the record's id in its register (not a citizen id)");

    public static ProductExport LoadAudit { get; } = new()
    {
        Reads = ["load_audit"],
        MadeBy = MadeBy,
        Audience = ExportAudience.Administrators,
        Definition = new ExportDefinition
        {
            Name = "load_audit",
            Description = "装载审计 — every batch arrival and file: outcome (loaded, unchanged, replaced, superseded, refused), rows read, loaded, quarantined, warned",
            Sql = "select * from load_audit order by arrival_seq, file nulls first",
            Columns =
            [
                new("arrival_seq", "order of arrival"), new("arrived_at", "when the batch was loaded (UTC)"),
                new("batch_folder", "the batch folder as given"), Scope, new("as_of", "the batch's as-of date"),
                new("exported_at", "the manifest's export time"), new("outcome", "loaded | unchanged | replaced | superseded | refused"),
                new("is_current", "the version in use for its scope and as-of date"), File,
                new("rows_read", "rows read", Unit: "rows"), new("rows_loaded", "rows loaded", Unit: "rows"),
                new("rows_quarantined", "rows quarantined", Unit: "rows"), new("rows_warned", "rows with warnings", Unit: "rows"),
                new("reason", "why a batch was refused"),
            ],
        },
    };

    public static ProductExport Quarantine { get; } = new()
    {
        Reads = ["quarantine"],
        MadeBy = MadeBy,
        Audience = ExportAudience.Administrators,
        Definition = new ExportDefinition
        {
            Name = "quarantine",
            Description = "隔离行 — rows refused by validation, with file, line, reason and the raw line (administrators only: the raw text can hold names and citizen ids)",
            Sql = "select * from quarantine order by scope, as_of, version_ord, file, line",
            Columns = [Scope, AsOf, VersionOrd, File, Line, RecordKey, new("reason", "why the row was refused"), new("raw_text", "the line as received")],
        },
    };

    public static ProductExport RowWarnings { get; } = new()
    {
        Reads = ["row_warnings"],
        MadeBy = MadeBy,
        Audience = ExportAudience.Administrators,
        Definition = new ExportDefinition
        {
            Name = "row_warnings",
            Description = "行警告 — rows loaded with a warning: kind, column and detail",
            Sql = "select * from row_warnings order by scope, as_of, version_ord, file, line",
            Columns = [Scope, AsOf, VersionOrd, File, Line, RecordKey, new("kind", "warning kind"), new("column", "the column concerned"), new("detail", "what was found")],
        },
    };

    public static ProductExport BatchVersions { get; } = new()
    {
        Reads = ["batch_versions_current"],
        MadeBy = MadeBy,
        Audience = ExportAudience.Administrators,
        Definition = new ExportDefinition
        {
            Name = "batch_versions_current",
            Description = "批次版本 — every loaded batch version and whether it is the current one of its scope and as-of date",
            Sql = "select * from batch_versions_current order by scope, as_of, version_ord",
            Columns =
            [
                Scope, AsOf, new("exported_at", "the manifest's export time"), new("exported_utc", "export time in UTC"),
                new("exported_local_date", "export date, local"), VersionOrd, new("content_hash", "SHA-256 of the batch"),
                new("encoding", "file encoding"), new("source", "source system"), new("is_current", "the version in use"),
            ],
        },
    };
}
