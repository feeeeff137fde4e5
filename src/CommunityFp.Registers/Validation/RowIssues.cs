namespace CommunityFp.Registers.Validation;

/// <summary>A quarantined row: what a person needs to find and fix it. Messages never quote personal data.</summary>
/// <param name="File">The register file, e.g. <c>births.csv</c>.</param>
/// <param name="Line">Physical line where the record starts (header = 1).</param>
/// <param name="RecordId">The row's key value when it could be read (ids are not personal data).</param>
/// <param name="Kind">The first reason found.</param>
/// <param name="Reason">Every reason found, e.g. <c>birth_date: unparsable date</c>.</param>
/// <param name="RawText">The row as it stood in the file (kept only in the protected quarantine).</param>
public sealed record RowError(string File, long Line, string? RecordId, RowErrorKind Kind, string Reason, string RawText);

/// <summary>A warning recorded against a row that loads.</summary>
public sealed record RowWarning(string File, long Line, string RecordId, RowWarningKind Kind, string Column, string Detail);

/// <summary>A whole-batch refusal: the file it concerns and the mismatch.</summary>
public sealed record BatchRefusal(string File, string Reason)
{
    public override string ToString() => $"{File}: {Reason}";
}
