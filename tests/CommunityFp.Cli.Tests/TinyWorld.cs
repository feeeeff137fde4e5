using CommunityFp.Generator;

namespace CommunityFp.Cli.Tests;

/// <summary>The generator's tiny world (fixed seed, realistic defects), generated once for the test class.</summary>
public sealed class TinyWorld : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cfp-cli-tiny-" + Guid.NewGuid().ToString("N"));
    public string Batches => Path.Combine(Root, "batches");

    public TinyWorld() => RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, Batches, Seed: 7));

    /// <summary>A fresh warehouse path for one test.</summary>
    public string NewDatabase() => Path.Combine(Root, Guid.NewGuid().ToString("N") + ".duckdb");

    /// <summary>The batch folders whose as_of month is on or before <paramref name="yyyyMm"/>.</summary>
    public string[] BatchesUpTo(string yyyyMm) =>
        Directory.EnumerateDirectories(Batches, "*", SearchOption.AllDirectories)
            .Where(d => File.Exists(Path.Combine(d, "manifest.json")) && string.CompareOrdinal(Path.GetFileName(d)[..7], yyyyMm) <= 0)
            .Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}
