namespace CommunityFp.Exports;

/// <summary>Where an export's figures come from: written into every format's metadata so a file explains itself.</summary>
public sealed record ExportProvenance
{
    /// <summary>The knowledge date K the figures were computed at (indicators.md, "Time"); null = everything loaded.</summary>
    public DateOnly? KnowledgeDate { get; init; }

    /// <summary>The batch ids behind the figures.</summary>
    public IReadOnlyList<string> BatchIds { get; init; } = [];

    /// <summary>Indicator id → its definition, passed through unchanged (from the indicator catalogue).</summary>
    public IReadOnlyDictionary<string, string> IndicatorDefinitions { get; init; } = new Dictionary<string, string>();

    /// <summary>The request's parameters (unit, period …) as the user gave them.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
}
