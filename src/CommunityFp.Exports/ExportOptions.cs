namespace CommunityFp.Exports;

/// <summary>Settings of one export run.</summary>
public sealed record ExportOptions
{
    /// <summary>Rows per Arrow record batch, at least: DuckDB hands over 2,048-row chunks, which are joined until a
    /// batch holds this many rows (so a batch holds whole chunks: 65,536 = 32 chunks). Memory held by the writer is
    /// about one batch.</summary>
    public int BatchRows { get; init; } = 65_536;

    /// <summary>Smallest publishable count: counts 1 … k−1 are suppressed (default 5).</summary>
    public int SmallCellThreshold { get; init; } = 5;

    /// <summary>DuckDB named parameters for the definition's SQL (<c>unit</c> → <c>$unit</c>).</summary>
    public IReadOnlyDictionary<string, object?> SqlParameters { get; init; } = new Dictionary<string, object?>();

    /// <summary>CSV only: start with a UTF-8 byte order mark (Excel then reads the Chinese as UTF-8).</summary>
    public bool CsvByteOrderMark { get; init; }
}
