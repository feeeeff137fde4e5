using CommunityFp.Assessment.Indicators;
using CommunityFp.Assessment.Numbers;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;

namespace CommunityFp.Assessment.Scoring;

/// <summary>A criterion's points, exact, and whether its weight counts in the unit's total.</summary>
public sealed record CriterionScore(Rational Points, bool Counts, NoDataOutcome Outcome, bool? Meets);

/// <summary>The three rules of assessment.md, on exact values.</summary>
public static class CriterionScorer
{
    public static CriterionScore Score(CriterionSpec criterion, Measurement measurement)
    {
        if (measurement.Value is not { } value)
        {
            return criterion.WhenNoData == NoDataPolicy.Exclude
                ? new CriterionScore(Rational.Zero, false, NoDataOutcome.Excluded, null)
                : new CriterionScore(Rational.Zero, true, NoDataOutcome.ScoredZero, null);
        }
        var meets = criterion.TargetComparison.Holds(value);
        var points = criterion.Rule switch
        {
            ScoringRule.Deduct => Deduct(criterion, value, measurement.Definition.Kind),
            ScoringRule.Linear => Linear(criterion, value),
            _ => meets ? criterion.Weight : Rational.Zero,
        };
        return new CriterionScore(points, true, NoDataOutcome.HasData, meets);
    }

    /// <summary>
    /// weight − per_point × shortfall, floor 0. The shortfall of a proportion is in percentage points (0.93 against
    /// 0.95 is 2 points), not rounded; of a count or ratio, in the indicator's own unit.
    /// </summary>
    public static Rational Deduct(CriterionSpec criterion, Rational value, IndicatorKind kind)
    {
        Rational target = criterion.Target;
        var shortfall = Rational.Max(Rational.Zero, criterion.Direction == Direction.Higher ? target - value : value - target);
        if (kind == IndicatorKind.Proportion) shortfall *= 100;
        return Rational.Max(Rational.Zero, (Rational)criterion.Weight - (Rational)criterion.PerPoint!.Value * shortfall);
    }

    /// <summary>weight × clamp((value − floor) ÷ (target − floor), 0, 1); for "lower" the floor lies above the target.</summary>
    public static Rational Linear(CriterionSpec criterion, Rational value)
    {
        Rational floor = criterion.Floor!.Value, target = criterion.Target;
        return (Rational)criterion.Weight * Rational.Clamp((value - floor) / (target - floor), Rational.Zero, Rational.One);
    }
}
