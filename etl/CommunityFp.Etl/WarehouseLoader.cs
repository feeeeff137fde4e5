using System.Diagnostics;
using CommunityFp.Etl.Schema;
using CommunityFp.Etl.Verification;
using DuckDB.NET.Data;

namespace CommunityFp.Etl;

/// <summary>
/// The ETL entry point: owns one DuckDB connection to the warehouse file and loads batch folders into it, each as
/// one transaction. DuckDB lets one process hold the file; other connections of this process (see
/// <see cref="OpenReader"/>) keep reading a consistent snapshot while a load runs.
/// </summary>
public sealed class WarehouseLoader : IDisposable
{
    private readonly DuckDBConnection _connection;

    private WarehouseLoader(string databasePath, DuckDBConnection connection)
    {
        DatabasePath = databasePath;
        _connection = connection;
    }

    // Per scope, the valid records of the last batch this loader appended (see ScopeSnapshot); lives with the loader.
    private readonly Dictionary<string, Staging.ScopeSnapshot> _snapshots = new(StringComparer.Ordinal);

    /// <summary>
    /// Read only the records that changed since the scope's previous batch when a batch is appended right after the
    /// one this loader loaded before (on by default; the warehouse is the same either way, tests compare both).
    /// </summary>
    public bool ReuseUnchangedRecords
    {
        get;
        set
        {
            field = value;
            if (!value) _snapshots.Clear();
        }
    } = true;

    /// <summary>The warehouse file.</summary>
    public string DatabasePath { get; }

    /// <summary>The loader's connection (for exports and inspection; do not use it while a load runs).</summary>
    public DuckDBConnection Connection => _connection;

    /// <summary>Opens (creating the schema if new) or fails fast with <see cref="WarehouseBusyException"/>.</summary>
    public static WarehouseLoader Open(string databasePath) => Open(databasePath, TimeSpan.Zero);

    /// <summary>Opens the warehouse, retrying for up to <paramref name="wait"/> while another process holds it.</summary>
    public static WarehouseLoader Open(string databasePath, TimeSpan wait)
    {
        var path = Path.GetFullPath(databasePath);
        var connection = WarehouseConnection.Open(path, wait);
        try
        {
            Db.Exec(connection, "set autoinstall_known_extensions = false");
            // DuckDB's default (80% of RAM) lets its buffer pool grow with the warehouse during a long load; it spills beyond this.
            Db.Exec(connection, "set memory_limit = '4GB'");
            WarehouseSchema.Ensure(connection);
            return new WarehouseLoader(path, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Another connection to the same database in this process: it sees committed batches only.</summary>
    public DuckDBConnection OpenReader()
    {
        // DuckDB.NET shares one database instance per file within a process: this is a second connection to it.
        var reader = new DuckDBConnection($"Data Source={DatabasePath}");
        reader.Open();
        return reader;
    }

    /// <summary>Loads every batch folder (a folder holding manifest.json) under <paramref name="paths"/>, in path order.</summary>
    public LoadRunSummary Load(IReadOnlyList<string> paths, IProgress<LoadProgress>? progress = null, CancellationToken ct = default)
    {
        var outcomes = new List<BatchOutcome>();
        foreach (var folder in BatchDiscovery.Find(paths))
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var outcome = new BatchLoad(_connection, folder, progress, ct, ReuseUnchangedRecords ? _snapshots : null).Run();
            progress?.Report(new LoadProgress(folder, null, outcome.RowsRead, outcome.RowsRead,
                outcome.RowsRead / Math.Max(clock.Elapsed.TotalSeconds, 1e-6)));
            outcomes.Add(outcome);
        }
        return new LoadRunSummary(outcomes);
    }

    public void Dispose() => _connection.Dispose();
}
