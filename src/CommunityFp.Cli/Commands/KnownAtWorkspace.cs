using CommunityFp.Models;
using DuckDB.NET.Data;

namespace CommunityFp.Cli.Commands;

/// <summary>
/// The models built as known at another date than the warehouse's last build, without touching the warehouse: an
/// in-memory database is attached and made the default, the warehouse stays second on the search path, so the models'
/// SQL reads the loaded history from the warehouse and writes its tables to memory. Exports run on the same
/// connection while the workspace is open; disposing it detaches the memory database and restores the connection.
/// </summary>
internal sealed class KnownAtWorkspace : IDisposable
{
    private const string Catalog = "cfp_known_at";
    private readonly DuckDBConnection _connection;
    private readonly string _home;

    private KnownAtWorkspace(DuckDBConnection connection, string home)
    {
        _connection = connection;
        _home = home;
    }

    public static KnownAtWorkspace Build(DuckDBConnection connection, DateOnly asKnownAt, IProgress<ModelBuildProgress>? progress = null)
    {
        var home = Convert.ToString(Scalar(connection, "select current_database()"), System.Globalization.CultureInfo.InvariantCulture)!;
        Execute(connection, $"attach ':memory:' as {Catalog}");
        var workspace = new KnownAtWorkspace(connection, home);
        try
        {
            Execute(connection, $"use {Catalog}");
            // catalog names are identifiers (the warehouse's comes from its file name): quoted inside the setting's text
            Execute(connection, $"set search_path = '{Catalog}.main,{Quote(home)}.main'");
            ModelBuilder.Build(connection, ModelCatalog.LoadProductModels(), new BuildContext(asKnownAt, RebuildFrom: null), progress);
            return workspace;
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Execute(_connection, $"use {Quote(_home)}");
        Execute(_connection, "reset search_path");
        Execute(_connection, $"detach database if exists {Catalog}");
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "\"";

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
