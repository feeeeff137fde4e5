namespace CommunityFp.Etl.Tests.Support;

/// <summary>A temp folder per test class; each test makes its own warehouse file and batch folders inside it.</summary>
public sealed class TempRoot : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cfp-etl-tests-").FullName;

    /// <summary>A new empty sub-folder.</summary>
    public string NewFolder(string hint = "t")
    {
        var p = System.IO.Path.Combine(Path, hint + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(p);
        return p;
    }

    /// <summary>A path for a new warehouse file.</summary>
    public string NewWarehouse() => System.IO.Path.Combine(NewFolder("wh"), "warehouse.duckdb");

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
