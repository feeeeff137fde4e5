namespace CommunityFp.Dashboard.Data;

/// <summary>
/// One upload and its load report: who, when, which file, the batch's scope and as_of (from its manifest), the
/// outcome (the ETL's, or Refused before loading), the reason, the row counts and whether the marts were refreshed.
/// </summary>
public sealed record UploadRecord(
    int Id, DateTime UploadedAt, string UserName, string FileName, string? Scope, string? AsOf, string? ExportedAt,
    string Outcome, string? Reason, long RowsRead, long RowsLoaded, long RowsQuarantined, long RowsWarned,
    string? Refresh, string? BatchFolder);

/// <summary>The counts of one register file of an uploaded batch.</summary>
public sealed record UploadFileCounts(string File, long RowsRead, long RowsLoaded, long RowsQuarantined, long RowsWarned);

/// <summary>An uploaded report with its files (the page's view).</summary>
public sealed record UploadReport(UploadRecord Upload, IReadOnlyList<UploadFileCounts> Files);
