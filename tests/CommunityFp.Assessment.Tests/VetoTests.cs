using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Results;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>One-vote veto (一票否决): when a rule holds, how far it reaches, what it records.</summary>
public class VetoTests
{
    private const string Satisfaction = """{ "indicator": "satisfaction_rate", "weight": 100, "rule": "threshold", "target": 0.5 }""";
    private const string Standards = """{ "id": "dabiao", "name": "达标", "min_score": 50 }""";

    private static string ThreeLevels(int propagates) => $$"""
        {
          "scheme": "veto-test", "version": 1, "year": 2007,
          "levels": {
            "community": {
              "criteria": [ {{Satisfaction}} ],
              "vetoes": [ { "id": "illegal_multiple_birth", "indicator": "third_plus_births_without_certificate", "when": "> 0", "propagates": {{propagates}} } ],
              "standards": [ {{Standards}} ],
            },
            "street": { "criteria": [ {{Satisfaction}} ], "standards": [ {{Standards}} ] },
            "district": { "criteria": [ {{Satisfaction}} ], "standards": [ {{Standards}} ] },
          },
        }
        """;

    private static readonly EvidenceRecord ThirdBirth = new("births", "B-0042", new DateOnly(2007, 5, 3), CommunityA);

    private static InMemoryAssessmentInputs Inputs()
    {
        var inputs = Tree(2007);
        foreach (var unit in new[] { District, Street, CommunityA, CommunityB })
            inputs.SetRate(unit, "satisfaction_rate", 2007, 9, 10);
        inputs.SetCount(CommunityA, "third_plus_births_without_certificate", 2007, 1, ThirdBirth);
        inputs.SetCount(CommunityB, "third_plus_births_without_certificate", 2007, 0);
        return inputs;
    }

    private static AssessmentResult Run(int propagates) => AssessmentEngine.Run(Scheme(ThreeLevels(propagates)), Inputs(), 2007);

    [Fact]
    public void Propagates_0_vetoes_only_the_unit_itself()
    {
        var result = Run(0);
        Assert.True(result.Unit(CommunityA).Vetoed);
        Assert.False(result.Unit(Street).Vetoed);
        Assert.False(result.Unit(CommunityB).Vetoed);
        Assert.Equal([CommunityA], Assert.Single(result.Vetoes).Path);
    }

    [Fact]
    public void Propagates_1_vetoes_the_street_with_the_path_community_to_street()
    {
        var result = Run(1);
        Assert.True(result.Unit(Street).Vetoed);
        Assert.False(result.Unit(District).Vetoed);
        var streetVeto = result.Vetoes.Single(v => v.UnitCode == Street);
        Assert.Equal([CommunityA, Street], streetVeto.Path);
        Assert.Equal(CommunityA, streetVeto.OriginUnitCode);
        Assert.Equal(1, streetVeto.PropagatedLevels);
        Assert.Equal("community", streetVeto.RuleLevel);
    }

    [Fact]
    public void Propagates_2_reaches_the_district_through_the_street()
    {
        var result = Run(2);
        Assert.True(result.Unit(District).Vetoed);
        Assert.Equal([CommunityA, Street, District], result.Vetoes.Single(v => v.UnitCode == District).Path);
        Assert.Equal(3, result.Vetoes.Count);
    }

    [Fact]
    public void A_vetoed_unit_attains_no_standard_whatever_its_score()
    {
        var result = Run(1);
        Assert.Equal(100m, result.Unit(CommunityA).Score);
        Assert.Empty(result.Unit(CommunityA).StandardsAttained);
        Assert.Null(result.Unit(CommunityA).HighestStandard);
        Assert.Empty(result.Unit(Street).StandardsAttained);
        Assert.Equal(["dabiao"], result.Unit(CommunityB).StandardsAttained);
        var standard = result.Standards.Single(s => s.UnitCode == CommunityA);
        Assert.True(standard.ScoreMet);
        Assert.False(standard.NotVetoed);
    }

    [Fact]
    public void A_veto_keeps_rule_value_and_evidence_keys()
    {
        var veto = Run(1).Vetoes.Single(v => v.UnitCode == CommunityA);
        Assert.Equal("illegal_multiple_birth", veto.RuleId);
        Assert.Equal("third_plus_births_without_certificate", veto.Indicator);
        Assert.Equal("> 0", veto.Condition);
        Assert.Equal(1m, veto.Value);
        Assert.Null(veto.Denominator);
        Assert.Equal([ThirdBirth], veto.Evidence);
    }

    [Fact]
    public void The_propagated_veto_carries_the_same_evidence()
    {
        var result = Run(1);
        Assert.Equal([ThirdBirth], result.Vetoes.Single(v => v.UnitCode == Street).Evidence);
    }

    [Fact]
    public void A_count_veto_has_no_noise_question()
    {
        Assert.Equal(Fairness.NoNoiseQuestion, Run(0).Vetoes.Single().Fairness);
    }

    [Fact]
    public void A_veto_whose_indicator_has_no_data_does_not_hold()
    {
        var inputs = Inputs().Remove(CommunityA, "third_plus_births_without_certificate", 2007);
        var result = AssessmentEngine.Run(Scheme(ThreeLevels(1)), inputs, 2007);
        Assert.Empty(result.Vetoes);
        Assert.False(result.Unit(CommunityA).Vetoed);
    }

    [Fact]
    public void A_proportion_veto_on_a_denominator_of_zero_does_not_hold()
    {
        var scheme = CommunityScheme(Satisfaction,
            vetoes: """{ "id": "serious_under_reporting", "indicator": "birth_registration_completeness", "when": "< 0.90" }""");
        var inputs = Tree(2007).SetRate(CommunityA, "birth_registration_completeness", 2007, 0, 0);
        Assert.Empty(AssessmentEngine.Run(scheme, inputs, 2007).Vetoes);
    }

    [Theory]
    [InlineData(8, 10, Fairness.CouldBeNoise)]    // 80% of 10: interval 49%–94% reaches 90%
    [InlineData(800, 1000, Fairness.Meaningful)]  // 80% of 1000: interval 77%–82% lies below 90%
    public void A_proportion_veto_says_whether_it_could_be_noise_for_the_unit_size(long matched, long births, Fairness expected)
    {
        var scheme = CommunityScheme(Satisfaction,
            vetoes: """{ "id": "serious_under_reporting", "indicator": "birth_registration_completeness", "when": "< 0.90" }""");
        var inputs = Tree(2007).SetRate(CommunityA, "birth_registration_completeness", 2007, matched, births);
        var veto = Assert.Single(AssessmentEngine.Run(scheme, inputs, 2007).Vetoes);
        Assert.Equal(expected, veto.Fairness);
    }
}
