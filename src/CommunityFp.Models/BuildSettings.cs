using DuckDB.NET.Data;

namespace CommunityFp.Models;

/// <summary>
/// DuckDB settings for the length of a build, restored afterwards: a memory limit (operators spill to the
/// database's temporary folder, <c>&lt;warehouse&gt;.tmp</c>, beyond it), and no preserved insertion order, which
/// would make large <c>create table … as select</c> statements buffer their whole result. No model relies on the
/// order of rows in a table: readers order explicitly, and <c>order by</c> is still honoured.
/// </summary>
internal sealed class BuildSettings : IDisposable
{
    /// <summary>The environment variable that overrides <see cref="DefaultMemoryLimit"/> (a DuckDB size, e.g. "10GB").</summary>
    public const string MemoryLimitVariable = "CFP_BUILD_MEMORY_LIMIT";

    /// <summary>DuckDB's buffer limit during a build: with the process's own memory the build stays under 8 GB.</summary>
    public const string DefaultMemoryLimit = "5GB";

    private static readonly string[] Names = ["memory_limit", "preserve_insertion_order"];
    private readonly DuckDBConnection _connection;
    private readonly Dictionary<string, string> _previous;

    private BuildSettings(DuckDBConnection connection, Dictionary<string, string> previous)
    {
        _connection = connection;
        _previous = previous;
    }

    public static BuildSettings Apply(DuckDBConnection connection)
    {
        var previous = Names.ToDictionary(n => n, n => Current(connection, n));
        var limit = Environment.GetEnvironmentVariable(MemoryLimitVariable) is { Length: > 0 } v ? v : DefaultMemoryLimit;
        Set(connection, "memory_limit", limit);
        Set(connection, "preserve_insertion_order", "false");
        return new BuildSettings(connection, previous);
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous) Set(_connection, name, value);
    }

    private static string Current(DuckDBConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select current_setting(?)";
        command.Parameters.Add(new DuckDBParameter(name));
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    // The name is one of this class's constants; the value is bound as a parameter.
    private static void Set(DuckDBConnection connection, string name, string value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"set {name} = ?";
        command.Parameters.Add(new DuckDBParameter(value));
        command.ExecuteNonQuery();
    }
}
