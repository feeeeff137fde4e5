using System.Security.Cryptography;
using CommunityFp.Generator;

namespace CommunityFp.Generator.Tests;

/// <summary>Same arguments, same bytes: every file of a run hashed and compared.</summary>
[Collection(TinyRunsCollection.Name)]
public sealed class DeterminismTests(TinyRuns runs)
{
    private static SortedDictionary<string, string> HashTree(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(root, p).Replace('\\', '/'),
            p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))), StringComparer.Ordinal);

    [Fact]
    public void The_same_seed_writes_byte_identical_batches()
    {
        var (first, _) = runs.Get(DefectLevel.Realistic);
        var second = Path.Combine(Path.GetTempPath(), "cfp-gen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, second));
            Assert.Equal(HashTree(first), HashTree(second));
        }
        finally { Directory.Delete(second, recursive: true); }
    }

    [Fact]
    public void A_different_seed_writes_different_batches()
    {
        var (a, _) = runs.Get(DefectLevel.Realistic);
        var (b, _) = runs.Get(DefectLevel.Realistic, seed: 42);
        var hashesA = HashTree(a);
        var hashesB = HashTree(b);
        Assert.NotEqual(hashesA["220202/2007-06-30/residents.csv"], hashesB["220202/2007-06-30/residents.csv"]);
    }

    [Fact]
    public void Narrowing_the_months_writes_the_same_batches_for_those_months()
    {
        var (full, _) = runs.Get(DefectLevel.None);
        var narrow = Path.Combine(Path.GetTempPath(), "cfp-gen-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var summary = RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, narrow,
                From: YearMonth.Parse("2007-03"), To: YearMonth.Parse("2007-05"), Defects: DefectLevel.None));
            Assert.Equal(["220202/2007-03-31", "220202/2007-04-30", "220202/2007-05-31"], summary.BatchFolders);
            var all = HashTree(full);
            foreach (var (file, hash) in HashTree(narrow)) Assert.Equal(all[file], hash);
        }
        finally { Directory.Delete(narrow, recursive: true); }
    }
}
