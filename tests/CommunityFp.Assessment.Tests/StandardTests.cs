using CommunityFp.Assessment.Results;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>Attaining a standard: score, requires, vetoes, history; standards are independent.</summary>
public class StandardTests
{
    private const string Criteria = """
        { "indicator": "policy_compliant_birth_rate", "weight": 50, "rule": "threshold", "target": 0.5 },
        { "indicator": "satisfaction_rate", "weight": 50, "rule": "threshold", "target": 0.5 },
        """;

    [Fact]
    public void A_requires_on_an_indicator_with_no_data_fails()
    {
        var scheme = CommunityScheme(Criteria, standards: """
            { "id": "hexie", "min_score": 0, "requires": { "evaluation_participation_rate": ">= 0.60" } }
            """);
        var inputs = Tree(2007).SetRate(CommunityA, "evaluation_participation_rate", 2007, 0, 0);
        var result = AssessmentEngine.Run(scheme, inputs, 2007);
        Assert.Empty(result.Unit(CommunityA).StandardsAttained);
        var requirement = Assert.Single(result.Standards.Single(s => s.UnitCode == CommunityA).Requirements);
        Assert.False(requirement.Holds);
        Assert.Equal(Fairness.NoData, requirement.Fairness);
    }

    [Fact]
    public void Standards_are_independent_and_the_highest_is_the_last_listed_attained()
    {
        // "a" needs a high birth rate (fails), "b" a high satisfaction (holds), "c" a score of 100 (holds).
        var scheme = CommunityScheme(Criteria, standards: """
            { "id": "a", "min_score": 0, "requires": { "policy_compliant_birth_rate": ">= 0.95" } },
            { "id": "b", "min_score": 0, "requires": { "satisfaction_rate": ">= 0.90" } },
            { "id": "c", "min_score": 100 },
            { "id": "d", "min_score": 0, "requires": { "satisfaction_rate": ">= 0.99" } },
            """);
        var inputs = Tree(2007)
            .SetRate(CommunityA, "policy_compliant_birth_rate", 2007, 90, 100)
            .SetRate(CommunityA, "satisfaction_rate", 2007, 95, 100);
        var unit = AssessmentEngine.Run(scheme, inputs, 2007).Unit(CommunityA);
        Assert.Equal(["b", "c"], unit.StandardsAttained);
        Assert.Equal("c", unit.HighestStandard);
    }

    [Fact]
    public void Requires_compare_the_exact_fraction()
    {
        var scheme = CommunityScheme(Criteria, standards: """
            { "id": "dabiao", "min_score": 0, "requires": { "satisfaction_rate": ">= 0.85" } }
            """);
        var inputs = Tree(2007).SetRate(CommunityA, "satisfaction_rate", 2007, 17, 20).SetRate(CommunityB, "satisfaction_rate", 2007, 16, 19);
        var result = AssessmentEngine.Run(scheme, inputs, 2007);
        Assert.Equal(["dabiao"], result.Unit(CommunityA).StandardsAttained);
        Assert.Empty(result.Unit(CommunityB).StandardsAttained); // 16/19 = 84.2%
    }

    [Fact]
    public void No_veto_in_years_fails_when_the_inputs_report_an_earlier_veto()
    {
        var scheme = CommunityScheme(Criteria, standards: """
            { "id": "hexie", "min_score": 0, "no_veto_in_years": [2008, 2009, 2010] }
            """);
        var inputs = Tree(2009).MarkVetoed(CommunityA, 2008).MarkVetoed(CommunityB, 2010);
        var result = AssessmentEngine.Run(scheme, inputs, 2009);
        Assert.Empty(result.Unit(CommunityA).StandardsAttained);
        Assert.Equal([2008], result.Standards.Single(s => s.UnitCode == CommunityA).VetoedInYears);
        // A veto in 2010 lies after the assessed year 2009: it cannot count yet.
        Assert.Equal(["hexie"], result.Unit(CommunityB).StandardsAttained);
    }

    [Fact]
    public void Hexie_in_2009_fails_for_a_community_vetoed_in_the_stored_2008_run()
    {
        var scheme = Schemes.DefaultSchemes.Jilin2010();
        var inputs = Tree(2008, 2009);
        foreach (var year in new[] { 2008, 2009 })
        {
            foreach (var unit in new[] { CommunityA, CommunityB })
            {
                inputs.SetRate(unit, "policy_compliant_birth_rate", year, 100, 100)
                    .SetRate(unit, "contraceptive_prevalence", year, 90, 100)
                    .SetRate(unit, "followup_completion", year, 100, 100)
                    .SetRate(unit, "postpartum_visit_rate", year, 100, 100)
                    .SetRate(unit, "floating_certificate_check_rate", year, 100, 100)
                    .SetRate(unit, "reporting_timeliness", year, 100, 100)
                    .SetRate(unit, "only_child_reward_delivery_rate", year, 10, 10)
                    .SetRate(unit, "satisfaction_rate", year, 95, 100)
                    .SetRate(unit, "evaluation_participation_rate", year, 70, 100);
            }
        }
        inputs.SetCount(CommunityA, "third_plus_births_without_certificate", 2008, 1);
        var run2008 = AssessmentEngine.Run(scheme, inputs, 2008);
        Assert.Empty(run2008.Unit(CommunityA).StandardsAttained);
        Assert.Equal(["dabiao", "xianjin", "hexie"], run2008.Unit(CommunityB).StandardsAttained);

        var run2009 = AssessmentEngine.Run(scheme, inputs.RecordVetoes(run2008), 2009);
        Assert.Equal(["dabiao", "xianjin"], run2009.Unit(CommunityA).StandardsAttained);
        Assert.Equal("hexie", run2009.Unit(CommunityB).HighestStandard);
    }
}
