namespace CommunityFp.Assessment.Inputs;

/// <summary>An org unit valid at 31 Dec of a year (org_units in its latest version known at K).</summary>
public sealed record OrgUnit(string Code, AssessmentLevel Level, string? ParentCode, string Name);

/// <summary>
/// A record behind an indicator value, by keys only: register and record id (e.g. <c>births</c> / <c>B-0042</c>),
/// its date and community — never a name or a citizen id.
/// </summary>
public sealed record EvidenceRecord(string Register, string RecordId, DateOnly Date, string CommunityCode);

/// <summary>
/// An indicator of one unit and year as the marts store it: numerator and denominator (null for a count). A
/// denominator of 0 is "no data". <see cref="Evidence"/> lists the records that the value counts (for counts such
/// as third births without a certificate) or, for a rate, the records that fall short (e.g. unmatched hospital
/// births); it may be empty when the warehouse has nothing to name.
/// </summary>
public sealed record IndicatorValue(long Numerator, long? Denominator, IReadOnlyList<EvidenceRecord> Evidence)
{
    public static IndicatorValue Rate(long numerator, long denominator, params EvidenceRecord[] evidence) => new(numerator, denominator, evidence);
    public static IndicatorValue Count(long count, params EvidenceRecord[] evidence) => new(count, null, evidence);
}

/// <summary>What the warehouse tells a run, for a fixed knowledge date K and set of batches.</summary>
public interface IAssessmentInputs
{
    /// <summary>The knowledge date K of the figures (null = everything loaded).</summary>
    DateOnly? KnowledgeDate { get; }

    /// <summary>The batch versions the figures come from (ids as the load audit names them).</summary>
    IReadOnlyList<string> BatchIds { get; }

    /// <summary>The years with figures, e.g. 2005–2010; a run assesses every one of them up to its year Y.</summary>
    IReadOnlyList<int> Years { get; }

    /// <summary>The org tree valid at 31 Dec of <paramref name="year"/> (city, districts, streets, communities).</summary>
    IReadOnlyList<OrgUnit> OrgTree(int year);

    /// <summary>The annual figure of an indicator for a unit's territory (or the unit itself for own_activities); null = no data.</summary>
    IndicatorValue? Get(string unitCode, string indicatorId, int year);

    /// <summary>
    /// Whether the unit's assessment of <paramref name="year"/> was vetoed (for standards that need "no veto in the
    /// assessment years", e.g. 和谐 2008–2010). The warehouse answers from stored runs.
    /// </summary>
    bool WasVetoed(string unitCode, int year);
}
