using CommunityFp.Generator;
using CommunityFp.Registers;
using CommunityFp.Registers.Validation;

namespace CommunityFp.Generator.Tests;

/// <summary>The tiny run against the contract validator (registers.md): clean when clean, every defect kind when realistic.</summary>
[Collection(TinyRunsCollection.Name)]
public sealed class ContractConformanceTests(TinyRuns runs)
{
    private List<BatchValidationReport> Validate(DefectLevel level) => runs.Reports(level).Select(r => r.Report).ToList();

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

    [Theory]
    [InlineData(DefectLevel.Realistic)]
    [InlineData(DefectLevel.Heavy)]
    public void Every_row_error_the_validator_finds_is_one_the_generator_injected_and_recorded(DefectLevel level)
    {
        var (_, summary) = runs.Get(level);
        var injected = summary.InjectedDefects.Where(d => d.File is not null && DefectKinds.RowErrors.Contains(d.Kind))
            .Select(d => (d.BatchFolder, d.File!, d.Line)).ToHashSet();
        foreach (var (folder, report) in runs.Reports(level))
            foreach (var e in report.RowErrors)
                Assert.True(injected.Contains((folder, e.File, e.Line)) || injected.Contains((folder, e.File, e.Line - 1)),
                    $"{folder} {e.File}:{e.Line} {e.Kind} {e.Reason} was not injected");
    }

    [Theory]
    [InlineData(DefectLevel.Realistic)]
    [InlineData(DefectLevel.Heavy)]
    public void Every_injected_row_error_is_found_by_the_validator_at_its_line(DefectLevel level)
    {
        var (_, summary) = runs.Get(level);
        var reports = runs.Reports(level);
        Assert.All(reports, r => Assert.Empty(r.Report.Refusals));
        var found = reports.SelectMany(r => r.Report.RowErrors.Select(e => (r.Folder, e.File, e.Line))).ToHashSet();
        foreach (var d in summary.InjectedDefects.Where(d => DefectKinds.RowErrors.Contains(d.Kind)))
            Assert.Contains((d.BatchFolder, d.File!, d.Line), found);
    }

    [Fact]
    public void Every_injected_warning_is_reported_at_its_line()
    {
        var (_, summary) = runs.Get(DefectLevel.Realistic);
        var found = runs.Reports(DefectLevel.Realistic)
            .SelectMany(r => r.Report.Warnings.Select(w => (r.Folder, w.File, w.Line, w.Kind.ToString()))).ToHashSet();
        var injected = summary.InjectedDefects.Where(d => DefectKinds.Warnings.Contains(d.Kind)).ToList();
        Assert.NotEmpty(injected);
        foreach (var d in injected) Assert.Contains((d.BatchFolder, d.File!, d.Line, d.Kind), found);
    }

    [Fact]
    public void Heavy_defects_inject_many_more_of_every_kind_than_realistic()
    {
        static List<InjectedDefect> RowLevel(GenerationSummary s) => s.InjectedDefects
            .Where(d => DefectKinds.RowErrors.Contains(d.Kind) || DefectKinds.Warnings.Contains(d.Kind)).ToList();
        var realistic = RowLevel(runs.Get(DefectLevel.Realistic).Summary);
        var heavy = RowLevel(runs.Get(DefectLevel.Heavy).Summary);
        Assert.True(heavy.Count > 3 * realistic.Count);
        foreach (var kind in DefectKinds.RowErrors) Assert.Contains(heavy, d => d.Kind == kind);
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
