namespace CommunityFp.Etl;

/// <summary>What happened to one batch arrival.</summary>
public enum BatchResult
{
    /// <summary>The first version of its scope and <c>as_of</c>: loaded and current.</summary>
    Loaded,

    /// <summary>The same files and checksums as a version already loaded: nothing changed.</summary>
    Unchanged,

    /// <summary>Loaded and became current, superseding an earlier-exported version.</summary>
    Replaced,

    /// <summary>Loaded, but a version exported later stays current.</summary>
    Superseded,

    /// <summary>Refused whole: nothing of it was loaded.</summary>
    Refused,
}

/// <summary>Progress of a load, reported per batch and per file.</summary>
public sealed record LoadProgress(string Batch, string? File, long Rows, long RowsTotal, double RowsPerSecond);

/// <summary>The counts of one register file of a batch (rows read = rows loaded + rows quarantined).</summary>
/// <param name="RowsReused">Of the rows loaded, those written exactly as in the scope's previous batch, which DuckDB did not read again.</param>
public sealed record FileOutcome(string File, long RowsRead, long RowsLoaded, long RowsQuarantined, long RowsWarned, long RowsReused = 0);

/// <summary>The outcome of one batch arrival.</summary>
public sealed record BatchOutcome(
    string BatchFolder,
    string Scope,
    string AsOf,
    string ExportedAt,
    BatchResult Result,
    string? Reason,
    long RowsRead,
    long RowsLoaded,
    long RowsQuarantined,
    long RowsWarned,
    IReadOnlyList<FileOutcome> Files);

/// <summary>The outcomes of one <see cref="WarehouseLoader.Load"/> call, in load order.</summary>
public sealed record LoadRunSummary(IReadOnlyList<BatchOutcome> Batches)
{
    /// <summary>True when at least one batch was refused.</summary>
    public bool AnyRefused => Batches.Any(b => b.Result == BatchResult.Refused);
}
