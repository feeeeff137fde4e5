namespace CommunityFp.Dashboard.Data;

// The stored assessment runs as the pages read them (tables of `cfp assess`: assessment_runs, assessment_units,
// assessment_criteria, assessment_vetoes, assessment_veto_evidence, target_progress; the standards' reasons from
// the run's result JSON). Evidence carries keys only (register, record id, date, community): no personal data.

/// <summary>A stored run: its inputs, as the report's footer prints them.</summary>
public sealed record AssessmentRun(
    string RunId, string Scheme, int SchemeVersion, string SchemeHash, int Year, DateOnly? KnowledgeDate, int BatchCount, long CreatedSeq);

/// <summary>A unit's total in a run (assessment_units); <see cref="Score"/> null = no criterion had data.</summary>
public sealed record AssessedUnit(
    string Code, string Name, string Level, string? ParentCode, double? Score, string? ScoreExact, bool Vetoed,
    IReadOnlyList<string> StandardsAttained, string? HighestStandard);

/// <summary>One criterion of a unit's score (assessment_criteria): value, 95% Wilson interval, target, points and points lost.</summary>
public sealed record CriterionScore(
    int Order, string Indicator, string Rule, string Direction, double Weight, double Target,
    long? Numerator, long? Denominator, double? Value, double? CiLow, double? CiHigh, string WhenNoData,
    bool? MeetsTarget, double Points, double PointsLost, string Fairness);

/// <summary>Whether a unit attains a standard, and why (the run's result JSON: score met, not vetoed, each requirement).</summary>
public sealed record StandardOutcome(
    string Id, string Name, bool Attained, bool NotVetoed, bool ScoreMet,
    IReadOnlyList<RequirementOutcome> Requirements, IReadOnlyList<int> VetoedInYears);

/// <summary>One <c>requires</c> of a standard: the indicator's value against its condition.</summary>
public sealed record RequirementOutcome(string Indicator, string Condition, double? Value, bool Holds, string Fairness);

/// <summary>A one-vote veto holding for a unit (assessment_vetoes): its own (path of one) or propagated from a descendant.</summary>
public sealed record VetoRecord(
    string UnitCode, string RuleId, string OriginUnitCode, IReadOnlyList<string> Path, string Indicator, string Condition,
    long Numerator, long? Denominator, double Value, string Fairness, int EvidenceCount)
{
    /// <summary>Whether the veto reached this unit from a unit below it.</summary>
    public bool Propagated => OriginUnitCode != UnitCode;
}

/// <summary>A record that made a veto hold (assessment_veto_evidence): keys only.</summary>
public sealed record VetoEvidence(string Register, string RecordId, DateOnly? Date, string CommunityCode);

/// <summary>A veto with the names of the units on its path and its evidence records (those of the reader's territory).</summary>
public sealed record VetoDetail(VetoRecord Veto, string UnitName, IReadOnlyList<(string Code, string Name)> Path, IReadOnlyList<VetoEvidence> Evidence);

/// <summary>A target's share in one assessed year.</summary>
public sealed record TargetYearShare(int Year, int Attaining, int Units)
{
    public double? Share => Units > 0 ? (double)Attaining / Units : null;
}

/// <summary>A target's progress in a run (target_progress): actual share, gap, forecast at the target date and its status.</summary>
public sealed record TargetProgressRow(
    int RunYear, int Order, string Scope, string Level, string Standard, string ShareTarget, DateOnly By,
    IReadOnlyList<TargetYearShare> Years, double? ActualShare, double? Gap,
    double? ForecastShare, double? ForecastLow, double? ForecastHigh, string Status, string Note)
{
    /// <summary>The share the target asks for (">= 0.90" → 0.90); null if the condition is not a number.</summary>
    public double? Required => TargetCondition.Threshold(ShareTarget);

    /// <summary>What identifies a target across runs (the same target appears in every run of its scheme).</summary>
    public (string Scope, string Level, string Standard, DateOnly By) Key => (Scope, Level, Standard, By);
}

/// <summary>An indicator's target in a scheme year and the direction that is better.</summary>
public sealed record IndicatorTarget(string Indicator, double Target, string Direction)
{
    /// <summary>Whether a value meets the target in the right direction ("higher": ≥, "lower": ≤); null without a value.</summary>
    public bool? Meets(double? value) => value is not { } v ? null
        : Direction == "lower" ? Math.Round(v - Target, 9) <= 0 : Math.Round(v - Target, 9) >= 0;
}

/// <summary>The conditions of schemes as text (">= 0.90", "> 0", "< 0.90").</summary>
public static class TargetCondition
{
    /// <summary>The number of a condition; null if there is none.</summary>
    public static double? Threshold(string condition)
    {
        var number = condition.TrimStart('<', '>', '=', ' ');
        return double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
