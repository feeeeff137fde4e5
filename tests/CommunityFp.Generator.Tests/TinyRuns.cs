using CommunityFp.Generator;

namespace CommunityFp.Generator.Tests;

/// <summary>Tiny generations shared by the tests of a class (each is written once to its own temp folder).</summary>
public sealed class TinyRuns : IDisposable
{
    private readonly Dictionary<(DefectLevel, int), (string Root, GenerationSummary Summary)> _runs = [];
    private readonly object _gate = new();

    public (string Root, GenerationSummary Summary) Get(DefectLevel defects, int seed = 20070101)
    {
        lock (_gate)
        {
            if (_runs.TryGetValue((defects, seed), out var run)) return run;
            var root = Path.Combine(Path.GetTempPath(), "cfp-gen-tests", Guid.NewGuid().ToString("N"));
            var summary = RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, root, seed, Defects: defects));
            return _runs[(defects, seed)] = (root, summary);
        }
    }

    private readonly Dictionary<DefectLevel, IReadOnlyList<(string Folder, CommunityFp.Registers.Validation.BatchValidationReport Report)>> _reports = [];

    /// <summary>The contract validator's report of every batch of the run (validated once per level).</summary>
    public IReadOnlyList<(string Folder, CommunityFp.Registers.Validation.BatchValidationReport Report)> Reports(DefectLevel defects)
    {
        var (root, summary) = Get(defects);
        lock (_gate)
        {
            if (_reports.TryGetValue(defects, out var reports)) return reports;
            return _reports[defects] = summary.BatchFolders
                .Select(f => (f, CommunityFp.Registers.Validation.BatchValidator.Validate(Path.Combine(root, f)))).ToList();
        }
    }

    public void Dispose()
    {
        foreach (var (root, _) in _runs.Values)
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One set of tiny runs (and their validation) shared by every test class that reads them.</summary>
[CollectionDefinition(Name)]
public sealed class TinyRunsCollection : ICollectionFixture<TinyRuns>
{
    public const string Name = "tiny runs";
}
