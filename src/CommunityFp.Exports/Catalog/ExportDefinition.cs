using CommunityFp.Exports.Suppression;

namespace CommunityFp.Exports.Catalog;

/// <summary>
/// A named export over the warehouse: the SQL, what each column means, which columns are codes (dictionary-encoded in
/// Arrow), how small cells are suppressed. Marts register theirs in <see cref="ExportCatalog"/>.
/// </summary>
public sealed record ExportDefinition
{
    /// <summary>The name researchers ask for (<c>cfp export NAME</c>); also the <c>model</c> metadata key.</summary>
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>A SELECT over the warehouse. May use DuckDB named parameters (<c>$unit</c>) given in the request.</summary>
    public required string Sql { get; init; }

    /// <summary>The table the SQL reads, if one: its NOT NULL columns are non-nullable in the export too.</summary>
    public string? SourceTable { get; init; }

    public ExportKind Kind { get; init; } = ExportKind.Aggregate;

    /// <summary>Every column the export may contain (the allow-list), in any order; the query decides the order.</summary>
    public required IReadOnlyList<ColumnDoc> Columns { get; init; }

    /// <summary>Low-cardinality text columns written as Arrow dictionaries (org_code, indicator, period_type …).</summary>
    public IReadOnlyList<string> CodeColumns { get; init; } = [];

    /// <summary>Small-cell suppression for an aggregate export; null when the export holds no counts of people.</summary>
    public SuppressionSpec? Suppression { get; init; }

    /// <summary>Columns to partition a Parquet lake by (Hive layout), e.g. <c>year</c>, <c>district</c>.</summary>
    public IReadOnlyList<string> LakePartitions { get; init; } = [];

    public ColumnDoc? Column(string name) => Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
}
