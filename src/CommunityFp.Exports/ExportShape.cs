namespace CommunityFp.Exports;

/// <summary>
/// What the writers add to DuckDB's own typing of the query: non-nullable columns, dictionary-encoded code columns,
/// each column's metadata and the export's metadata.
/// </summary>
public sealed record ExportShape
{
    public IReadOnlySet<string> NotNullColumns { get; init; } = new HashSet<string>();

    public IReadOnlyList<string> CodeColumns { get; init; } = [];

    /// <summary>Column → field metadata (<c>meaning</c>, <c>unit</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FieldMetadata { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Schema-level key/value metadata (model, description, provenance, suppression …).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public static ExportShape Plain { get; } = new();
}
