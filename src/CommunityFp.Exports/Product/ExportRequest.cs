namespace CommunityFp.Exports.Product;

/// <summary>What a user asked for besides the export and the format: all optional.</summary>
public sealed record ExportRequest
{
    /// <summary>An org code: the unit and everything under it.</summary>
    public string? Unit { get; init; }

    /// <summary>The period the rows must lie within.</summary>
    public PeriodRange? Period { get; init; }

    /// <summary>A stored assessment run (per-run tables); null: the latest run.</summary>
    public string? Run { get; init; }

    /// <summary>Smallest publishable count (counts 1 … k−1 are withheld).</summary>
    public int SmallCellThreshold { get; init; } = 5;

    /// <summary>CSV with a UTF-8 byte order mark, so Excel shows the Chinese (the CLI's CSV).</summary>
    public bool CsvByteOrderMark { get; init; }

    /// <summary>The knowledge date the caller built the figures for (recorded; the build_context says the same).</summary>
    public DateOnly? AsKnownAt { get; init; }
}

/// <summary>A request that the export cannot serve (a filter it does not have, a unit that is not a code, no such run).</summary>
public sealed class ExportRequestException(string message) : Exception(message);

/// <summary>The export reads tables the warehouse does not have yet; <see cref="Exception.Message"/> says what to run.</summary>
public sealed class ExportUnavailableException(string message) : Exception(message);
