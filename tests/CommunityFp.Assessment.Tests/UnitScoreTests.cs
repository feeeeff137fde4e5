using CommunityFp.Assessment.Results;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>A unit's total from its parts, and how when_no_data applies.</summary>
public class UnitScoreTests
{
    private const string Criteria = """
        { "indicator": "policy_compliant_birth_rate", "weight": 60, "rule": "deduct", "target": 0.95, "per_point": 2 },
        { "indicator": "birth_registration_completeness", "weight": 40, "rule": "threshold", "target": 0.98, "when_no_data": "{0}" },
        """;

    private static AssessmentResult Run(string whenNoData)
    {
        var scheme = CommunityScheme(Criteria.Replace("{0}", whenNoData));
        var inputs = Tree(2007).SetRate(CommunityA, "policy_compliant_birth_rate", 2007, 93, 100);
        return AssessmentEngine.Run(scheme, inputs, 2007);
    }

    [Fact]
    public void Exclude_rescales_the_total_over_the_criteria_with_data()
    {
        // 56 of 60 points with data → 56 × 100 ÷ 60 = 93.333….
        var unit = Run("exclude").Unit(CommunityA);
        Assert.Equal("280/3", unit.ScoreExact);
        Assert.Equal(93.333333m, unit.Score);
        Assert.Equal(60m, unit.PointsCounted);
    }

    [Fact]
    public void Zero_scores_the_criterion_without_data_as_0()
    {
        var result = Run("zero");
        Assert.Equal(56m, result.Unit(CommunityA).Score);
        var criterion = result.Criterion(CommunityA, "birth_registration_completeness");
        Assert.Equal(NoDataOutcome.ScoredZero, criterion.WhenNoData);
        Assert.Equal(40m, criterion.PointsLost);
        Assert.Equal(Fairness.NoData, criterion.Fairness);
    }

    [Fact]
    public void Excluded_criterion_loses_no_points_and_says_so()
    {
        var criterion = Run("exclude").Criterion(CommunityA, "birth_registration_completeness");
        Assert.Equal(NoDataOutcome.Excluded, criterion.WhenNoData);
        Assert.Equal(0m, criterion.PointsLost);
        Assert.Null(criterion.Value);
    }

    [Fact]
    public void Every_criterion_shows_value_interval_target_points_and_points_lost()
    {
        var criterion = Run("zero").Criterion(CommunityA, "policy_compliant_birth_rate");
        Assert.Equal((93L, 100L), (criterion.Numerator!.Value, criterion.Denominator!.Value));
        Assert.Equal(0.93m, criterion.Value);
        Assert.Equal("93/100", criterion.ValueExact);
        Assert.True(criterion.IntervalLower < 0.93 && criterion.IntervalUpper > 0.93);
        Assert.Equal(0.95m, criterion.Target);
        Assert.Equal(56m, criterion.Points);
        Assert.Equal(4m, criterion.PointsLost);
        Assert.False(criterion.MeetsTarget);
    }

    [Fact]
    public void A_unit_without_any_data_under_exclude_has_no_score_and_attains_nothing()
    {
        var scheme = CommunityScheme(
            """{ "indicator": "satisfaction_rate", "weight": 100, "rule": "threshold", "target": 0.85, "when_no_data": "exclude" }""",
            standards: """{ "id": "any", "min_score": 0 }""");
        var unit = AssessmentEngine.Run(scheme, Tree(2007), 2007).Unit(CommunityA);
        Assert.Null(unit.Score);
        Assert.Empty(unit.StandardsAttained);
    }

    [Fact]
    public void A_score_exactly_at_min_score_attains_the_standard()
    {
        // 17/20 = 85% against 95%, 1 per point: 10 lost of 85 → 75; plus 15 → 90 exactly.
        var scheme = CommunityScheme("""
            { "indicator": "satisfaction_rate", "weight": 85, "rule": "deduct", "target": 0.95, "per_point": 1 },
            { "indicator": "contraceptive_prevalence", "weight": 15, "rule": "threshold", "target": 0.80 },
            """, standards: """{ "id": "dabiao", "min_score": 90 }""");
        var inputs = Tree(2007)
            .SetRate(CommunityA, "satisfaction_rate", 2007, 17, 20)
            .SetRate(CommunityA, "contraceptive_prevalence", 2007, 4, 5);
        var unit = AssessmentEngine.Run(scheme, inputs, 2007).Unit(CommunityA);
        Assert.Equal("90", unit.ScoreExact);
        Assert.Equal(["dabiao"], unit.StandardsAttained);
    }
}
