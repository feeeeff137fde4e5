using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Numbers;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Scoring;
using CommunityFp.Assessment.Standards;
using CommunityFp.Assessment.Vetoes;

namespace CommunityFp.Assessment;

/// <summary>The assessment of one year: every unit of each assessed level, in sorted, reproducible order.</summary>
internal sealed record YearAssessment(
    int Year,
    IReadOnlyList<OrgUnit> Tree,
    IReadOnlyList<UnitResult> Units,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<VetoResult> Vetoes,
    IReadOnlyList<StandardResult> Standards);

/// <summary>
/// Scores the levels bottom-up (community → street → district), so that a parent sees its children's standards
/// (share_of_children_attaining) and the vetoes propagated from below before it is judged.
/// </summary>
internal sealed class YearAssessor(AssessmentScheme scheme, IAssessmentInputs inputs, int year)
{
    private readonly List<UnitResult> _units = [];
    private readonly List<CriterionResult> _criteria = [];
    private readonly List<VetoResult> _vetoes = [];
    private readonly List<StandardResult> _standards = [];
    private readonly Dictionary<string, List<VetoResult>> _propagated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _attained = new(StringComparer.Ordinal);

    public YearAssessment Assess()
    {
        var tree = inputs.OrgTree(year).OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
        if (tree.GroupBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"The org tree of {year} lists unit {twice.Key} more than once.");
        var byCode = tree.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var children = tree.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
        foreach (var level in scheme.Levels)
        {
            foreach (var unit in tree.Where(u => u.Level == level.Level))
            {
                var childList = children[unit.Code].Where(c => c.Level == level.Level.ChildLevel()).ToArray();
                AssessUnit(level, unit, childList, byCode);
            }
        }
        return new YearAssessment(year, tree, _units, _criteria, _vetoes, _standards);
    }

    private void AssessUnit(LevelScheme level, OrgUnit unit, IReadOnlyList<OrgUnit> children, IReadOnlyDictionary<string, OrgUnit> tree)
    {
        var measurer = new UnitMeasurer(inputs, unit, year, code => _attained.GetValueOrDefault(code, []), children);
        var vetoes = OwnVetoes(level, unit, measurer, tree);
        if (_propagated.TryGetValue(unit.Code, out var fromBelow))
            vetoes.AddRange(fromBelow.OrderBy(v => v.PropagatedLevels).ThenBy(v => v.OriginUnitCode, StringComparer.Ordinal).ThenBy(v => v.RuleId, StringComparer.Ordinal));
        _vetoes.AddRange(vetoes);

        var (score, counted) = ScoreCriteria(level, unit, measurer);
        var vetoed = vetoes.Count > 0;
        var standards = level.Standards
            .Select(s => StandardEvaluator.Evaluate(s, unit, year, vetoed, score, measurer, inputs)).ToArray();
        _standards.AddRange(standards);
        var attained = standards.Where(s => s.Attained).Select(s => s.StandardId).ToArray();
        _attained[unit.Code] = attained;
        _units.Add(new UnitResult(
            unit.Code, unit.Level.Key(), unit.ParentCode, unit.Name, score?.ToDecimal(), score?.ToString(),
            Rational.FromDecimal(counted).ToDecimal(), vetoed, attained, attained.LastOrDefault()));
    }

    private List<VetoResult> OwnVetoes(LevelScheme level, OrgUnit unit, UnitMeasurer measurer, IReadOnlyDictionary<string, OrgUnit> tree)
    {
        var own = new List<VetoResult>();
        foreach (var veto in level.Vetoes)
        {
            if (VetoEvaluator.Evaluate(veto, level.Level, unit, measurer.Measure(veto.Indicator)) is not { } result) continue;
            own.Add(result);
            foreach (var reached in VetoEvaluator.Propagate(result, veto.Propagates, tree))
            {
                if (!_propagated.TryGetValue(reached.UnitCode, out var list)) _propagated[reached.UnitCode] = list = [];
                list.Add(reached);
            }
        }
        return own;
    }

    /// <summary>Σ points × total ÷ Σ weights that count (all but excluded no-data criteria); null when none counts.</summary>
    private (Rational? Score, decimal Counted) ScoreCriteria(LevelScheme level, OrgUnit unit, UnitMeasurer measurer)
    {
        Rational points = Rational.Zero;
        var counted = 0m;
        for (var i = 0; i < level.Criteria.Count; i++)
        {
            var criterion = level.Criteria[i];
            var measurement = measurer.Measure(criterion.Indicator);
            var score = CriterionScorer.Score(criterion, measurement);
            _criteria.Add(ToResult(unit, i, criterion, measurement, score));
            if (!score.Counts) continue;
            points += score.Points;
            counted += criterion.Weight;
        }
        return counted == 0 ? (null, 0) : (points * (Rational)level.TotalPoints / (Rational)counted, counted);
    }

    private static CriterionResult ToResult(OrgUnit unit, int order, CriterionSpec criterion, Measurement measurement, CriterionScore score)
    {
        var lost = score.Counts ? (Rational)criterion.Weight - score.Points : Rational.Zero;
        var fairness = score.Meets == true ? Fairness.NoShortfall
            : measurement.FairnessAgainst(criterion.TargetComparison, meaningfulIfWholeIntervalHolds: false);
        return new CriterionResult(
            unit.Code, order, criterion.Indicator, criterion.Rule.ToString().ToLowerInvariant(),
            criterion.Direction.ToString().ToLowerInvariant(), criterion.Weight, criterion.Target, criterion.PerPoint, criterion.Floor,
            measurement.Raw?.Numerator, measurement.Raw?.Denominator, measurement.Rounded, measurement.Value?.ToString(),
            measurement.Interval?.Lower, measurement.Interval?.Upper, score.Outcome, score.Meets,
            score.Points.ToDecimal(), score.Points.ToString(), lost.ToDecimal(), fairness);
    }
}
