namespace CommunityFp.Exports;

public enum ExportFormat
{
    /// <summary>Arrow IPC file format (Feather v2, <c>.arrow</c>): random access, footer with the schema.</summary>
    Arrow,

    /// <summary>Arrow IPC stream format (<c>application/vnd.apache.arrow.stream</c>): for pipes and HTTP.</summary>
    ArrowStream,

    /// <summary>Parquet written by DuckDB's own <c>COPY … (FORMAT parquet)</c>, with key/value metadata.</summary>
    Parquet,

    /// <summary>UTF-8 CSV with a header, invariant formatting: the reference the tests compare the others against.</summary>
    Csv,
}
