using CommunityFp.Assessment.Inputs;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>The parent-only criteria: share of children attaining a standard, own activities.</summary>
public class ParentCriteriaTests
{
    private const string SchemeJson = """
        {
          "scheme": "parent-test", "version": 1, "year": 2007,
          "levels": {
            "community": {
              "criteria": [ { "indicator": "satisfaction_rate", "weight": 100, "rule": "threshold", "target": 0.85 } ],
              "vetoes": [ { "id": "illegal_multiple_birth", "indicator": "third_plus_births_without_certificate", "when": "> 0" } ],
              "standards": [ { "id": "dabiao", "min_score": 100 } ],
            },
            "street": {
              "total": 50,
              "criteria": [
                { "indicator": "share_of_children_attaining:dabiao", "weight": 40, "rule": "linear", "floor": 0.60, "target": 0.90 },
                { "indicator": "own_activities", "weight": 10, "rule": "threshold", "target": 1 },
              ],
              "standards": [ { "id": "dabiao", "min_score": 40 } ],
            },
          },
        }
        """;

    /// <summary>A street with four communities; <paramref name="attaining"/> of them satisfy 85%.</summary>
    private static InMemoryAssessmentInputs FourCommunities(int attaining, long ownActivities)
    {
        var inputs = new InMemoryAssessmentInputs()
            .AddUnit(City, AssessmentLevel.City, null, "吉林市", 2007)
            .AddUnit(District, AssessmentLevel.District, City, "船营区", 2007)
            .AddUnit(Street, AssessmentLevel.Street, District, "北京路街道", 2007)
            .SetCount(Street, "own_activities", 2007, ownActivities);
        for (var i = 1; i <= 4; i++)
        {
            var code = $"{Street}0{i}";
            inputs.AddUnit(code, AssessmentLevel.Community, Street, $"社区{i}", 2007)
                .SetRate(code, "satisfaction_rate", 2007, i <= attaining ? 9 : 5, 10);
        }
        return inputs;
    }

    [Fact]
    public void Share_of_children_attaining_scores_linear_from_60_to_90_percent()
    {
        // 3 of 4 communities 达标 = 75%: halfway from 60% to 90% → 20 of 40.
        var result = AssessmentEngine.Run(Scheme(SchemeJson), FourCommunities(attaining: 3, ownActivities: 0), 2007);
        var share = result.Criterion(Street, "share_of_children_attaining:dabiao");
        Assert.Equal("3/4", share.ValueExact);
        Assert.Equal((3L, 4L), (share.Numerator!.Value, share.Denominator!.Value));
        Assert.Equal(20m, share.Points);
        Assert.Equal(20m, result.Unit(Street).Score);
    }

    [Fact]
    public void A_vetoed_child_counts_in_the_share_without_attaining()
    {
        var inputs = FourCommunities(attaining: 4, ownActivities: 1)
            .SetCount($"{Street}01", "third_plus_births_without_certificate", 2007, 1);
        var share = AssessmentEngine.Run(Scheme(SchemeJson), inputs, 2007).Criterion(Street, "share_of_children_attaining:dabiao");
        Assert.Equal("3/4", share.ValueExact);
    }

    [Fact]
    public void Own_activities_scores_its_weight_from_one_activity()
    {
        var result = AssessmentEngine.Run(Scheme(SchemeJson), FourCommunities(attaining: 4, ownActivities: 1), 2007);
        Assert.Equal(10m, result.Criterion(Street, "own_activities").Points);
        Assert.Equal(50m, result.Unit(Street).Score);
        Assert.Equal(["dabiao"], result.Unit(Street).StandardsAttained);
    }

    [Fact]
    public void A_street_with_no_activity_of_its_own_loses_those_points_without_a_noise_question()
    {
        var criterion = AssessmentEngine.Run(Scheme(SchemeJson), FourCommunities(4, 0), 2007).Criterion(Street, "own_activities");
        Assert.Equal(0m, criterion.Points);
        Assert.Equal(10m, criterion.PointsLost);
        Assert.Equal(Results.Fairness.NoNoiseQuestion, criterion.Fairness);
    }
}
