using CommunityFp.Assessment.Indicators;
using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Numbers;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Scoring;

namespace CommunityFp.Assessment.Tests;

/// <summary>The arithmetic of each rule, on hand-computed values.</summary>
public class CriterionRuleTests
{
    private static readonly IndicatorDefinition Pcbr = IndicatorCatalog.Find("policy_compliant_birth_rate")!;

    private static CriterionSpec Deduct(decimal weight, decimal target, decimal perPoint, Direction direction = Direction.Higher) =>
        new("policy_compliant_birth_rate", weight, ScoringRule.Deduct, target, perPoint, null, direction, NoDataPolicy.Zero);

    private static CriterionSpec Linear(decimal weight, decimal floor, decimal target, Direction direction = Direction.Higher) =>
        new("policy_compliant_birth_rate", weight, ScoringRule.Linear, target, null, floor, direction, NoDataPolicy.Zero);

    private static CriterionScore Score(CriterionSpec spec, long numerator, long denominator) =>
        CriterionScorer.Score(spec, Measurement.Of(Pcbr, IndicatorValue.Rate(numerator, denominator)));

    [Fact]
    public void Deduct_takes_per_point_for_each_percentage_point_short()
    {
        // 93/100 against 95%: 2 points short × 2 = 4 lost of 20.
        Assert.Equal(Rational.Of(16, 1), Score(Deduct(20, 0.95m, 2), 93, 100).Points);
    }

    [Fact]
    public void Deduct_is_fractional_and_not_rounded()
    {
        // 56/60 = 93.333…%: 1.666… points short × 2 = 3.333… lost → 50/3 = 16.666….
        var score = Score(Deduct(20, 0.95m, 2), 56, 60);
        Assert.Equal(Rational.Of(50, 3), score.Points);
        Assert.Equal("50/3", score.Points.ToString());
    }

    [Fact]
    public void Deduct_stops_at_zero()
    {
        // 50% against 95%: 45 points short × 2 = 90 > 20.
        Assert.Equal(Rational.Zero, Score(Deduct(20, 0.95m, 2), 50, 100).Points);
    }

    [Fact]
    public void Deduct_gives_full_weight_at_or_above_the_target()
    {
        Assert.Equal(Rational.Of(20, 1), Score(Deduct(20, 0.95m, 2), 19, 20).Points);
        Assert.Equal(Rational.Of(20, 1), Score(Deduct(20, 0.95m, 2), 20, 20).Points);
    }

    [Fact]
    public void Deduct_with_direction_lower_counts_the_excess_above_the_target()
    {
        // 8% against at most 5%: 3 points over × 1 = 3 lost of 10; 4% loses nothing.
        Assert.Equal(Rational.Of(7, 1), Score(Deduct(10, 0.05m, 1, Direction.Lower), 8, 100).Points);
        Assert.Equal(Rational.Of(10, 1), Score(Deduct(10, 0.05m, 1, Direction.Lower), 4, 100).Points);
    }

    [Theory]
    [InlineData(75, 100, 20)]  // halfway from 60% to 90% → half of 40
    [InlineData(60, 100, 0)]   // at the floor
    [InlineData(50, 100, 0)]   // below the floor: clamped
    [InlineData(90, 100, 40)]  // at the target
    [InlineData(100, 100, 40)] // above: clamped
    public void Linear_scales_between_floor_and_target(long numerator, long denominator, long points) =>
        Assert.Equal(Rational.Of(points, 1), Score(Linear(40, 0.60m, 0.90m), numerator, denominator).Points);

    [Fact]
    public void Linear_is_exact_between_grid_points()
    {
        // 2 of 3 = 66.67%: (2/3 − 0.6) ÷ 0.3 × 40 = 80/9.
        Assert.Equal(Rational.Of(80, 9), Score(Linear(40, 0.60m, 0.90m), 2, 3).Points);
    }

    [Fact]
    public void Linear_with_direction_lower_runs_from_a_floor_above_the_target()
    {
        // floor 20%, target 10%: 15% is halfway → 5 of 10.
        Assert.Equal(Rational.Of(5, 1), Score(Linear(10, 0.20m, 0.10m, Direction.Lower), 15, 100).Points);
    }

    [Fact]
    public void Threshold_gives_the_weight_only_when_the_target_is_met()
    {
        var spec = new CriterionSpec("only_child_reward_delivery_rate", 5, ScoringRule.Threshold, 1.00m, null, null, Direction.Higher, NoDataPolicy.Zero);
        var reward = IndicatorCatalog.Find("only_child_reward_delivery_rate")!;
        Assert.Equal(Rational.Of(5, 1), CriterionScorer.Score(spec, Measurement.Of(reward, IndicatorValue.Rate(40, 40))).Points);
        Assert.Equal(Rational.Zero, CriterionScorer.Score(spec, Measurement.Of(reward, IndicatorValue.Rate(39, 40))).Points);
    }

    [Fact]
    public void Threshold_with_direction_lower_is_met_at_or_below_the_target()
    {
        var spec = new CriterionSpec("policy_compliant_birth_rate", 5, ScoringRule.Threshold, 0.10m, null, null, Direction.Lower, NoDataPolicy.Zero);
        Assert.Equal(Rational.Of(5, 1), CriterionScorer.Score(spec, Measurement.Of(Pcbr, IndicatorValue.Rate(1, 10))).Points);
        Assert.Equal(Rational.Zero, CriterionScorer.Score(spec, Measurement.Of(Pcbr, IndicatorValue.Rate(2, 10))).Points);
    }

    [Fact]
    public void A_proportion_with_more_successes_than_cases_is_refused_as_bad_input() =>
        Assert.Throws<InvalidOperationException>(() => Measurement.Of(Pcbr, IndicatorValue.Rate(21, 20)));

    [Fact]
    public void Threshold_on_a_count_compares_the_count()
    {
        var spec = new CriterionSpec("own_activities", 10, ScoringRule.Threshold, 1, null, null, Direction.Higher, NoDataPolicy.Zero);
        var own = IndicatorCatalog.Find("own_activities")!;
        Assert.Equal(Rational.Of(10, 1), CriterionScorer.Score(spec, Measurement.Of(own, IndicatorValue.Count(2))).Points);
        Assert.Equal(Rational.Zero, CriterionScorer.Score(spec, Measurement.Of(own, IndicatorValue.Count(0))).Points);
    }

    [Fact]
    public void Seventeen_of_twenty_meets_an_85_percent_threshold()
    {
        var spec = new CriterionSpec("satisfaction_rate", 5, ScoringRule.Threshold, 0.85m, null, null, Direction.Higher, NoDataPolicy.Zero);
        var score = CriterionScorer.Score(spec, Measurement.Of(IndicatorCatalog.Find("satisfaction_rate")!, IndicatorValue.Rate(17, 20)));
        Assert.True(score.Meets);
        Assert.Equal(Rational.Of(5, 1), score.Points);
    }

    [Fact]
    public void A_denominator_of_zero_is_no_data_not_zero_percent()
    {
        var score = Score(Deduct(20, 0.95m, 2), 0, 0);
        Assert.Equal(NoDataOutcome.ScoredZero, score.Outcome);
        Assert.Null(score.Meets);
    }

    [Fact]
    public void No_data_with_exclude_leaves_the_criterion_out()
    {
        var spec = Deduct(20, 0.95m, 2) with { WhenNoData = NoDataPolicy.Exclude };
        var score = CriterionScorer.Score(spec, Measurement.Of(Pcbr, null));
        Assert.Equal(NoDataOutcome.Excluded, score.Outcome);
        Assert.False(score.Counts);
    }
}
