namespace CommunityFp.Registers;

/// <summary>One CSV record: its fields (untrimmed), the physical line where it starts, and its raw text.</summary>
/// <param name="Line">Physical line number where the record starts (the header is line 1).</param>
/// <param name="Fields">The record's fields, unquoted, not yet trimmed.</param>
/// <param name="RawText">The record's text as it stood in the file, without its line end.</param>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields, string RawText);
