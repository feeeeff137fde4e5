namespace CommunityFp.Registers.Validation;

/// <summary>The outcome of validating one register file: rows read = rows loaded + rows quarantined.</summary>
public sealed class FileValidation
{
    public FileValidation(string file) => File = file;

    public string File { get; }
    public long RowsRead { get; set; }
    public List<RowError> Errors { get; } = [];
    public List<RowWarning> Warnings { get; } = [];

    /// <summary>Rows that load (every row read that is not quarantined).</summary>
    public long RowsLoaded => RowsRead - Errors.Count;

    /// <summary>Valid rows by their column values (trimmed, empty = null), for cross-register checks.</summary>
    internal List<(CsvRecord Record, Dictionary<string, string?> Values)> ValidRows { get; } = [];
}
