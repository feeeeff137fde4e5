namespace CommunityFp.Etl;

/// <summary>
/// Another process holds the warehouse file (DuckDB lets one process open a file at a time).
/// The message names the file only: never data.
/// </summary>
public sealed class WarehouseBusyException : Exception
{
    public WarehouseBusyException(string databasePath, Exception? inner = null)
        : base($"warehouse busy: {databasePath} is being used by another process (cfp serve or cfp load); try again when it finishes", inner)
        => DatabasePath = databasePath;

    /// <summary>The warehouse file that could not be locked.</summary>
    public string DatabasePath { get; }
}
