using DuckDB.NET.Data;

namespace CommunityFp.Exports.Tests;

/// <summary>An in-memory DuckDB holding hand-made tables with known answers, and a scratch folder for files.</summary>
public sealed class TestWarehouse : IDisposable
{
    public TestWarehouse()
    {
        Connection = new DuckDBConnection("DataSource=:memory:");
        Connection.Open();
        Execute("set autoinstall_known_extensions = false");
        Folder = Path.Combine(Path.GetTempPath(), "cfp-exports-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public DuckDBConnection Connection { get; }
    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public List<object?[]> Rows(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public object? Scalar(string sql) => Rows(sql).Single()[0];

    public void Dispose()
    {
        Connection.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
