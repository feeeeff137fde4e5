namespace CommunityFp.Models.Tests;

/// <summary>A temporary <c>sql/</c> folder of hand-written models, removed after the test.</summary>
internal sealed class SqlFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cfp-sql-" + Guid.NewGuid().ToString("N"));

    public SqlFolder Model(string layer, string name, string sql, string yml)
    {
        var dir = System.IO.Path.Combine(Path, layer);
        Directory.CreateDirectory(dir);
        File.WriteAllText(System.IO.Path.Combine(dir, name + ".sql"), sql);
        File.WriteAllText(System.IO.Path.Combine(dir, name + ".yml"), yml);
        return this;
    }

    public ModelCatalog Catalog() => ModelCatalog.Load(Path);

    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }
}
