using CommunityFp.Generator;
using CommunityFp.Registers;
using CommunityFp.Registers.Validation;

namespace CommunityFp.Generator.Tests;

/// <summary>The tiny run against the contract validator (registers.md): clean when clean, every defect kind when realistic.</summary>
public sealed class ContractConformanceTests(TinyRuns runs) : IClassFixture<TinyRuns>
{
    private List<BatchValidationReport> Validate(DefectLevel level)
    {
        var (root, summary) = runs.Get(level);
        return summary.BatchFolders.Select(f => BatchValidator.Validate(Path.Combine(root, f))).ToList();
    }

    [Fact]
    public void Without_defects_every_batch_loads_with_no_row_error_and_no_warning()
    {
        foreach (var report in Validate(DefectLevel.None))
        {
            Assert.Empty(report.Refusals);
            Assert.Empty(report.RowErrors.Select(e => $"{report.BatchFolder} {e.File}:{e.Line} {e.Kind} {e.Reason}"));
            Assert.Empty(report.Warnings.Select(w => $"{report.BatchFolder} {w.File}:{w.Line} {w.Kind} {w.Detail}"));
        }
    }

    [Fact]
    public void Realistic_defects_produce_every_row_error_kind_and_every_warning_kind()
    {
        var reports = Validate(DefectLevel.Realistic);
        Assert.All(reports, r => Assert.Empty(r.Refusals));
        var errors = reports.SelectMany(r => r.RowErrors).Select(e => e.Kind).ToHashSet();
        var warnings = reports.SelectMany(r => r.Warnings).Select(w => w.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<RowErrorKind>().Order(), errors.Order());
        Assert.Equal(Enum.GetValues<RowWarningKind>().Order(), warnings.Order());
    }

    [Fact]
    public void Every_row_error_the_validator_finds_is_one_the_generator_injected_and_recorded()
    {
        var (root, summary) = runs.Get(DefectLevel.Realistic);
        var injected = summary.InjectedDefects.Where(d => d.File is not null && DefectKinds.RowErrors.Contains(d.Kind))
            .Select(d => (d.BatchFolder, d.File!, d.Line)).ToHashSet();
        foreach (var folder in summary.BatchFolders)
            foreach (var e in BatchValidator.Validate(Path.Combine(root, folder)).RowErrors)
                Assert.True(injected.Contains((folder, e.File, e.Line)) || injected.Contains((folder, e.File, e.Line - 1)),
                    $"{folder} {e.File}:{e.Line} {e.Kind} {e.Reason} was not injected");
    }

    [Fact]
    public void Every_injected_row_error_is_found_by_the_validator_at_its_line()
    {
        var (root, summary) = runs.Get(DefectLevel.Realistic);
        var found = summary.BatchFolders
            .SelectMany(f => BatchValidator.Validate(Path.Combine(root, f)).RowErrors.Select(e => (f, e.File, e.Line)))
            .ToHashSet();
        foreach (var d in summary.InjectedDefects.Where(d => DefectKinds.RowErrors.Contains(d.Kind)))
            Assert.Contains((d.BatchFolder, d.File!, d.Line), found);
    }

    [Fact]
    public void Realistic_defects_include_a_gb18030_batch_and_a_later_re_send()
    {
        var (root, summary) = runs.Get(DefectLevel.Realistic);
        var manifests = summary.BatchFolders.ToDictionary(f => f, f => BatchManifest.Read(Path.Combine(root, f, BatchManifest.FileName)));
        Assert.Contains(manifests.Values, m => m.Encoding == BatchEncoding.Gb18030Name);
        var resent = manifests.Where(m => m.Key.EndsWith("_v2", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(resent);
        foreach (var (folder, v2) in resent)
        {
            var v1 = manifests[folder[..^3]];
            Assert.Equal(v1.AsOf, v2.AsOf);
            Assert.True(v2.ExportedAtInstant() > v1.ExportedAtInstant());
            Assert.NotEqual(v1.Files.Values.Select(f => f.Sha256), v2.Files.Values.Select(f => f.Sha256));
        }
    }
}
