using DuckDB.NET.Data;

namespace CommunityFp.Cli.Tests;

/// <summary>
/// The tiny world loaded and built (everything loaded) once for a test class; each test that writes works on its
/// own copy of the warehouse file.
/// </summary>
public sealed class BuiltTinyWarehouse : IDisposable
{
    private readonly TinyWorld _world = new();

    public string Root => _world.Root;

    /// <summary>The built warehouse; tests copy it (<see cref="Copy"/>) rather than write to it.</summary>
    public string Database { get; }

    public BuiltTinyWarehouse()
    {
        Database = _world.NewDatabase();
        var load = CliRunner.Run("load", _world.Batches, "--db", Database);
        if (load.ExitCode != ExitCodes.Success) throw new InvalidOperationException("load failed: " + load.Error);
        var build = CliRunner.Run("build", "--db", Database);
        if (build.ExitCode != ExitCodes.Success) throw new InvalidOperationException("build failed: " + build.Error);
    }

    /// <summary>A copy of the built warehouse for one test to write to.</summary>
    public string Copy()
    {
        var copy = _world.NewDatabase();
        File.Copy(Database, copy);
        if (File.Exists(Database + ".wal")) File.Copy(Database + ".wal", copy + ".wal");
        return copy;
    }

    /// <summary>Runs a query on a warehouse file and returns the first column of every row as text.</summary>
    public static List<string> Column(string database, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=" + database);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    /// <summary>Runs a statement with positional parameters (<c>?</c>).</summary>
    public static void Execute(string database, string sql, params object[] parameters)
    {
        using var connection = new DuckDBConnection("DataSource=" + database);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new DuckDBParameter(p));
        command.ExecuteNonQuery();
    }

    public void Dispose() => _world.Dispose();
}
