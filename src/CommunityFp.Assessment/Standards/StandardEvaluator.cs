using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Numbers;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Scoring;

namespace CommunityFp.Assessment.Standards;

/// <summary>
/// A standard is attained when the unit is not vetoed, its exact score ≥ min_score, every <c>requires</c> holds
/// (no data fails) and, for <c>no_veto_in_years</c>, no listed year up to the run's year was vetoed.
/// Standards are independent: each is tested on its own.
/// </summary>
internal static class StandardEvaluator
{
    public static StandardResult Evaluate(
        StandardSpec standard, OrgUnit unit, int year, bool vetoed, Rational? score, UnitMeasurer measurer, IAssessmentInputs inputs)
    {
        var requirements = standard.Requires.Select(r => Check(r, measurer.Measure(r.Indicator))).ToArray();
        var vetoedInYears = standard.NoVetoInYears
            .Where(y => y < year ? inputs.WasVetoed(unit.Code, y) : y == year && vetoed)
            .ToArray();
        var scoreMet = score is { } s && s >= (Rational)standard.MinScore;
        var attained = !vetoed && scoreMet && requirements.All(r => r.Holds) && vetoedInYears.Length == 0;
        return new StandardResult(unit.Code, standard.Id, standard.Name, attained, !vetoed, scoreMet, requirements, vetoedInYears);
    }

    private static RequirementResult Check(Requirement requirement, Measurement measurement)
    {
        var holds = measurement.Value is { } value && requirement.Condition.Holds(value);
        var fairness = holds ? Fairness.NoShortfall : measurement.FairnessAgainst(requirement.Condition, meaningfulIfWholeIntervalHolds: false);
        return new RequirementResult(
            requirement.Indicator, requirement.Condition.ToString(), measurement.Rounded, measurement.Value?.ToString(),
            measurement.Interval?.Lower, measurement.Interval?.Upper, holds, fairness);
    }
}
