using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Targets;

namespace CommunityFp.Assessment;

/// <summary>
/// An assessment run: a scheme (with its content hash), a year Y and the inputs known at K. Units of year Y are
/// scored; every earlier year with figures is assessed with the same scheme for the targets' yearly shares and
/// trend. Results are sorted by unit code (then criterion order, scheme order), so they serialise identically.
/// </summary>
public static class AssessmentEngine
{
    public static AssessmentResult Run(LoadedScheme scheme, IAssessmentInputs inputs, int year)
    {
        var years = inputs.Years.Where(y => y < year).Append(year).Distinct().Order().ToArray();
        var assessments = years.Select(y => new YearAssessor(scheme.Scheme, inputs, y).Assess()).ToArray();
        var current = assessments[^1];
        var run = new RunInputs(
            scheme.Scheme.Id, scheme.Scheme.Version, scheme.ContentHash, year, inputs.KnowledgeDate,
            [.. inputs.BatchIds.Distinct().Order(StringComparer.Ordinal)]);
        return new AssessmentResult(
            run,
            [.. current.Units.OrderBy(u => u.UnitCode, StringComparer.Ordinal)],
            [.. current.Criteria.OrderBy(c => c.UnitCode, StringComparer.Ordinal).ThenBy(c => c.CriterionOrder)],
            [.. current.Vetoes.OrderBy(v => v.UnitCode, StringComparer.Ordinal)],
            [.. current.Standards.OrderBy(s => s.UnitCode, StringComparer.Ordinal)],
            [.. scheme.Scheme.Targets.Select(t => TargetEvaluator.Evaluate(t, assessments, year))]);
    }
}
