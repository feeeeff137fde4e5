namespace CommunityFp.Assessment.Results;

// A run's results as the tables they become (assessment_units, assessment_criteria, assessment_vetoes,
// assessment_standards, target_progress). Exact values travel as "n/d" strings beside decimals rounded to six
// places for display; every comparison was made on the exact value before rounding.

/// <summary>Everything a run was computed from: the same inputs always give byte-identical results.</summary>
public sealed record RunInputs(
    string SchemeId,
    int SchemeVersion,
    string SchemeHash,
    int Year,
    DateOnly? KnowledgeDate,
    IReadOnlyList<string> BatchIds);

public sealed record AssessmentResult(
    RunInputs Run,
    IReadOnlyList<UnitResult> Units,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<VetoResult> Vetoes,
    IReadOnlyList<StandardResult> Standards,
    IReadOnlyList<TargetProgress> Targets);

/// <summary>assessment_units: a unit's total, veto and standards. Score null = no criterion had data.</summary>
public sealed record UnitResult(
    string UnitCode,
    string Level,
    string? ParentCode,
    string Name,
    decimal? Score,
    string? ScoreExact,
    decimal PointsCounted,
    bool Vetoed,
    IReadOnlyList<string> StandardsAttained,
    string? HighestStandard);

/// <summary>How <c>when_no_data</c> applied to a criterion.</summary>
public enum NoDataOutcome
{
    /// <summary>The indicator had data: scored by its rule.</summary>
    HasData,
    /// <summary>No data, <c>when_no_data: zero</c>: scored 0, the weight counts.</summary>
    ScoredZero,
    /// <summary>No data, <c>when_no_data: exclude</c>: left out; the total is rescaled over the other weights.</summary>
    Excluded,
}

/// <summary>Whether falling short of a target (or a veto holding) could be sampling noise for the unit's size.</summary>
public enum Fairness
{
    /// <summary>No shortfall: the target is met.</summary>
    NoShortfall,
    /// <summary>The 95% Wilson interval lies wholly on the failing side: statistically meaningful.</summary>
    Meaningful,
    /// <summary>The 95% interval reaches the target: the shortfall could be noise for a unit this small.</summary>
    CouldBeNoise,
    /// <summary>A count (e.g. third births without a certificate): each record is a fact, not a sample.</summary>
    NoNoiseQuestion,
    /// <summary>A ratio without an interval (‰ rates, sex ratio): no test available.</summary>
    NoInterval,
    /// <summary>No data: nothing to test.</summary>
    NoData,
}

/// <summary>assessment_criteria: one criterion of one unit with all its parts.</summary>
public sealed record CriterionResult(
    string UnitCode,
    int CriterionOrder,
    string Indicator,
    string Rule,
    string Direction,
    decimal Weight,
    decimal Target,
    decimal? PerPoint,
    decimal? Floor,
    long? Numerator,
    long? Denominator,
    decimal? Value,
    string? ValueExact,
    double? IntervalLower,
    double? IntervalUpper,
    NoDataOutcome WhenNoData,
    bool? MeetsTarget,
    decimal Points,
    string PointsExact,
    decimal PointsLost,
    Fairness Fairness);

/// <summary>assessment_vetoes: one veto holding for a unit, its own or propagated from a descendant.</summary>
public sealed record VetoResult(
    string UnitCode,
    string RuleId,
    string RuleLevel,
    string OriginUnitCode,
    IReadOnlyList<string> Path,
    string Indicator,
    string Condition,
    long Numerator,
    long? Denominator,
    decimal Value,
    string ValueExact,
    double? IntervalLower,
    double? IntervalUpper,
    Fairness Fairness,
    IReadOnlyList<Inputs.EvidenceRecord> Evidence)
{
    /// <summary>0 for the unit's own veto, n when it reached this unit n levels up from where it held.</summary>
    public int PropagatedLevels => Path.Count - 1;
}

/// <summary>assessment_standards: why a unit attains a standard or not.</summary>
public sealed record StandardResult(
    string UnitCode,
    string StandardId,
    string Name,
    bool Attained,
    bool NotVetoed,
    bool ScoreMet,
    IReadOnlyList<RequirementResult> Requirements,
    IReadOnlyList<int> VetoedInYears);

/// <summary>One <c>requires</c> of a standard: fails when the indicator has no data.</summary>
public sealed record RequirementResult(
    string Indicator,
    string Condition,
    decimal? Value,
    string? ValueExact,
    double? IntervalLower,
    double? IntervalUpper,
    bool Holds,
    Fairness Fairness);
