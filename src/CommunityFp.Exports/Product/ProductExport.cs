using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Product;

/// <summary>Who may receive an export.</summary>
public enum ExportAudience
{
    /// <summary>Aggregates with small-cell suppression and de-identified microdata: researchers, city and administrators
    /// (the dashboard's Exports page, the HTTP stream, the lake).</summary>
    Researchers,

    /// <summary>Operational tables that name records or hold raw input text (quarantine, veto evidence): administrators
    /// only, through <c>cfp export</c> on the warehouse file; never on the dashboard, never in the lake.</summary>
    Administrators,
}

/// <summary>
/// One export the product offers: the definition (SQL, column docs, suppression) and what the request may set.
/// The SQL of a definition that filters by unit uses <c>$unit</c>; by period, <c>$period_from</c> and <c>$period_to</c>;
/// a per-run assessment table, <c>$run</c> — each null when the request does not set it.
/// </summary>
public sealed record ProductExport
{
    public required ExportDefinition Definition { get; init; }

    public ExportAudience Audience { get; init; } = ExportAudience.Researchers;

    /// <summary>The request may name a unit (<c>--unit</c>): the unit and everything under it.</summary>
    public bool ByUnit { get; init; }

    /// <summary>The request may name a period (<c>--period 2007 | 2007-Q1 | 2007-03</c>): rows lying within it.</summary>
    public bool ByPeriod { get; init; }

    /// <summary>An assessment table holding one row set per stored run; <c>$run</c> picks one (null: every run).</summary>
    public bool PerRun { get; init; }

    /// <summary>The warehouse tables the SQL reads; the export is unavailable until they exist.</summary>
    public required IReadOnlyList<string> Reads { get; init; }

    /// <summary>What has to run before the export is available (shown when a table is missing).</summary>
    public required string MadeBy { get; init; }

    /// <summary>Part of <c>cfp export lake</c> (every researcher export that has lake partitions).</summary>
    public bool InLake => Audience == ExportAudience.Researchers && Definition.LakePartitions.Count > 0;

    public string Name => Definition.Name;
}
