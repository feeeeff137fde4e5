using CommunityFp.Assessment.Results;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>Whether a shortfall is meaningful for the unit's size (small communities have noisy rates).</summary>
public class FairnessTests
{
    private static CriterionResult Criterion(long numerator, long denominator)
    {
        var scheme = CommunityScheme("""{ "indicator": "contraceptive_prevalence", "weight": 100, "rule": "deduct", "target": 0.85, "per_point": 1 }""");
        var inputs = Tree(2007).SetRate(CommunityA, "contraceptive_prevalence", 2007, numerator, denominator);
        return AssessmentEngine.Run(scheme, inputs, 2007).Criterion(CommunityA, "contraceptive_prevalence");
    }

    [Fact]
    public void A_shortfall_in_a_small_community_could_be_noise()
    {
        // 8 of 10 = 80% against 85%: the interval 49%–94% reaches the target.
        var criterion = Criterion(8, 10);
        Assert.Equal(5m, criterion.PointsLost);
        Assert.Equal(Fairness.CouldBeNoise, criterion.Fairness);
    }

    [Fact]
    public void The_same_shortfall_in_a_large_community_is_meaningful()
    {
        // 800 of 1000 = 80%: the interval 77%–82% lies below 85%.
        var criterion = Criterion(800, 1000);
        Assert.Equal(5m, criterion.PointsLost);
        Assert.Equal(Fairness.Meaningful, criterion.Fairness);
    }

    [Fact]
    public void A_met_target_has_no_shortfall_to_judge() => Assert.Equal(Fairness.NoShortfall, Criterion(17, 20).Fairness);

    [Fact]
    public void A_linear_criterion_below_its_target_is_judged_too()
    {
        var scheme = CommunityScheme("""{ "indicator": "followup_completion", "weight": 100, "rule": "linear", "floor": 0.5, "target": 0.9 }""");
        var inputs = Tree(2007).SetRate(CommunityA, "followup_completion", 2007, 70, 100).SetRate(CommunityB, "followup_completion", 2007, 4, 5);
        var result = AssessmentEngine.Run(scheme, inputs, 2007);
        Assert.Equal(Fairness.Meaningful, result.Criterion(CommunityA, "followup_completion").Fairness);
        Assert.Equal(Fairness.CouldBeNoise, result.Criterion(CommunityB, "followup_completion").Fairness);
        Assert.Equal(75m, result.Criterion(CommunityB, "followup_completion").Points); // 4 of 5: interval 38%–96%
    }
}
