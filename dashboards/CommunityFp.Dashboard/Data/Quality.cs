namespace CommunityFp.Dashboard.Data;

/// <summary>One batch arrival (load_audit): outcome, reason (masked), and its row counts when the batch lies inside the unit viewed.</summary>
public sealed record BatchArrival(
    int ArrivalSeq, DateTime ArrivedAt, string Scope, string AsOf, string ExportedAt, string Outcome, string? Reason, bool IsCurrent,
    long? RowsRead, long? RowsLoaded, long? RowsQuarantined, long? RowsWarned);

/// <summary>Quarantined rows and warnings of one batch and register attributed to one unit (core_batch_quality).</summary>
public sealed record BatchIssue(string Scope, string AsOf, string Register, string UnitCode, string UnitName, int UnitLevel,
    long QuarantinedRows, long Warnings);

/// <summary>A reason (column names and rules only) and how many rows of a register it sent to quarantine or warned about.</summary>
public sealed record QuarantineReason(string Register, string Reason, long Quarantined, long Warnings);

/// <summary>The data-quality view of a unit and year.</summary>
public sealed record QualityReport(
    OrgUnit Unit, string Year, IReadOnlyList<BatchArrival> Arrivals, IReadOnlyList<BatchIssue> Issues,
    IReadOnlyList<QuarantineReason> Reasons, IReadOnlyList<(OrgUnit Unit, IndicatorValue Value)> Timeliness)
{
    /// <summary>Arrivals per outcome (Loaded, Unchanged, Replaced, Superseded, Refused).</summary>
    public IReadOnlyDictionary<string, int> Outcomes => Arrivals.GroupBy(a => a.Outcome).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Quarantined rows and warnings per attributed unit, in code order.</summary>
    public IReadOnlyList<(string Code, string Name, long Quarantined, long Warnings)> PerUnit =>
        Issues.GroupBy(i => (i.UnitCode, i.UnitName)).OrderBy(g => g.Key.UnitCode, StringComparer.Ordinal)
            .Select(g => (g.Key.UnitCode, g.Key.UnitName, g.Sum(i => i.QuarantinedRows), g.Sum(i => i.Warnings))).ToList();
}
