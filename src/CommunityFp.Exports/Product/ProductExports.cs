using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Product;

/// <summary>
/// The product's export catalogue in one place: what <c>cfp export --list</c> shows, what the dashboard's Exports page
/// offers (the researcher exports) and what <c>cfp export lake</c> writes.
/// </summary>
public static class ProductExports
{
    public static IReadOnlyList<ProductExport> All { get; } =
    [
        IndicatorExports.IndicatorValues,
        IndicatorExports.PopulationAgeSex,
        MicrodataExports.WomanYears,
        MicrodataExports.Births,
        MicrodataExports.Measures,
        AssessmentExports.Runs,
        AssessmentExports.Units,
        AssessmentExports.Criteria,
        AssessmentExports.Vetoes,
        AssessmentExports.TargetProgress,
        AssessmentExports.VetoEvidence,
        OperationalExports.LoadAudit,
        OperationalExports.Quarantine,
        OperationalExports.RowWarnings,
        OperationalExports.BatchVersions,
    ];

    /// <summary>The same as a library catalogue (names unique: registering twice throws).</summary>
    public static ExportCatalog Catalog { get; } = All.Aggregate(new ExportCatalog(), (c, e) => c.Register(e.Definition));

    /// <summary>What researchers (and city and administrators on the dashboard) may receive.</summary>
    public static IEnumerable<ProductExport> ForResearchers => All.Where(e => e.Audience == ExportAudience.Researchers);

    public static ProductExport? Find(string name) => All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}
