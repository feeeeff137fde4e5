namespace CommunityFp.Registers.Validation;

/// <summary>What rows are checked against: the batch's <c>as_of</c>, its org units and its residents.</summary>
public sealed class BatchContext
{
    public BatchContext(DateOnly asOf) => AsOf = asOf;

    /// <summary>The date the snapshot describes; event dates after it are row errors.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Canonical org code → level, from the batch's valid <c>org_units</c> rows.</summary>
    public Dictionary<string, int> OrgUnitLevels { get; } = new(StringComparer.Ordinal);

    /// <summary>Every <c>resident_id</c> written in the batch's <c>residents.csv</c>.</summary>
    public HashSet<string> ResidentIds { get; } = new(StringComparer.Ordinal);
}
