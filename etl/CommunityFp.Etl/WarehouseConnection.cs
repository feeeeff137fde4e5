using DuckDB.NET.Data;

namespace CommunityFp.Etl;

/// <summary>Opens the warehouse file, turning DuckDB's file-lock failure into <see cref="WarehouseBusyException"/>.</summary>
public static class WarehouseConnection
{
    /// <summary>Opens a read-write connection; retries for up to <paramref name="wait"/> while the file is locked.</summary>
    public static DuckDBConnection Open(string databasePath, TimeSpan wait)
    {
        var path = Path.GetFullPath(databasePath);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var connection = new DuckDBConnection($"Data Source={path}");
            try
            {
                connection.Open();
                return connection;
            }
            catch (DuckDBException e) when (IsLockConflict(e))
            {
                connection.Dispose();
                if (DateTime.UtcNow >= deadline) throw new WarehouseBusyException(path, e);
                Thread.Sleep(200);
            }
        }
    }

    private static bool IsLockConflict(DuckDBException e) =>
        e.Message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);
}
