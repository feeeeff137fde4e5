using CommunityFp.Assessment.Numbers;

namespace CommunityFp.Assessment.Schemes;

public enum ScoringRule { Deduct, Linear, Threshold }

public enum Direction { Higher, Lower }

public enum NoDataPolicy { Zero, Exclude }

/// <summary>A validated scheme (the file's meaning; <see cref="SchemeLoader"/> builds it).</summary>
public sealed record AssessmentScheme(
    string Id,
    int Version,
    int Year,
    IReadOnlyList<LevelScheme> Levels,
    IReadOnlyList<TargetSpec> Targets)
{
    public LevelScheme? Level(AssessmentLevel level) => Levels.FirstOrDefault(l => l.Level == level);
}

/// <summary>One assessed level: its criteria (weights adding up to <see cref="TotalPoints"/>), vetoes and standards.</summary>
public sealed record LevelScheme(
    AssessmentLevel Level,
    decimal TotalPoints,
    IReadOnlyList<CriterionSpec> Criteria,
    IReadOnlyList<VetoSpec> Vetoes,
    IReadOnlyList<StandardSpec> Standards);

public sealed record CriterionSpec(
    string Indicator,
    decimal Weight,
    ScoringRule Rule,
    decimal Target,
    decimal? PerPoint,
    decimal? Floor,
    Direction Direction,
    NoDataPolicy WhenNoData)
{
    /// <summary>Whether a value reaches the target, exactly, in the criterion's direction.</summary>
    public Comparison TargetComparison => new(Direction == Direction.Higher ? ComparisonOperator.AtLeast : ComparisonOperator.AtMost, Target);
}

public sealed record VetoSpec(string Id, string Indicator, Comparison When, int Propagates);

public sealed record Requirement(string Indicator, Comparison Condition);

/// <summary>
/// A standard (达标, 先进, 和谐): not vetoed, score ≥ <see cref="MinScore"/>, every requirement holds, and — when
/// <see cref="NoVetoInYears"/> is set — no veto in those assessment years up to the run's year.
/// </summary>
public sealed record StandardSpec(
    string Id,
    string Name,
    decimal MinScore,
    IReadOnlyList<Requirement> Requires,
    IReadOnlyList<int> NoVetoInYears);

/// <summary>The share of units of <see cref="Level"/> inside <see cref="Scope"/> attaining <see cref="Standard"/> by a date.</summary>
public sealed record TargetSpec(string Scope, AssessmentLevel Level, string Standard, Comparison Share, DateOnly By);
