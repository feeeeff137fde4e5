using System.Text;
using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>Same inputs → same bytes; a restatement's diff explains what moved.</summary>
public class DeterminismAndDiffTests
{
    private static readonly EvidenceRecord LateBirth = new("births", "B-0107", new DateOnly(2007, 11, 20), CommunityB);

    /// <summary>A full demo of the 2007 default scheme on the fixture tree, filled in the given community order.</summary>
    private static InMemoryAssessmentInputs Inputs(bool reversed = false)
    {
        var inputs = Tree(2006, 2007).AddBatch("2202010102/2007-12-31/v1").AddBatch("2202010101/2007-12-31/v1");
        inputs.KnowledgeDate = new DateOnly(2008, 1, 15);
        var units = new[] { CommunityA, CommunityB, Street, District };
        foreach (var unit in reversed ? units.Reverse() : units)
        {
            foreach (var year in new[] { 2006, 2007 })
            {
                var large = unit != CommunityB;
                inputs.SetRate(unit, "policy_compliant_birth_rate", year, large ? 97 : 19, large ? 100 : 20)
                    .SetRate(unit, "contraceptive_prevalence", year, large ? 860 : 40, large ? 1000 : 50)
                    .SetRate(unit, "followup_completion", year, 93, 100)
                    .SetRate(unit, "postpartum_visit_rate", year, 9, 10)
                    .SetRate(unit, "floating_certificate_check_rate", year, 45, 50)
                    .SetRate(unit, "reporting_timeliness", year, 96, 100)
                    .SetRate(unit, "only_child_reward_delivery_rate", year, 30, 30)
                    .SetRate(unit, "satisfaction_rate", year, 88, 100)
                    .SetCount(unit, "third_plus_births_without_certificate", year, 0)
                    .SetCount(unit, "own_activities", year, 2);
            }
        }
        return inputs;
    }

    [Fact]
    public void Serialising_the_same_run_twice_gives_identical_bytes()
    {
        var scheme = DefaultSchemes.Jilin2007();
        var first = ResultSerializer.Serialize(AssessmentEngine.Run(scheme, Inputs(), 2007));
        var second = ResultSerializer.Serialize(AssessmentEngine.Run(DefaultSchemes.Jilin2007(), Inputs(), 2007));
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_order_in_which_inputs_arrive_does_not_change_the_bytes()
    {
        var scheme = DefaultSchemes.Jilin2007();
        Assert.Equal(
            ResultSerializer.Serialize(AssessmentEngine.Run(scheme, Inputs(), 2007)),
            ResultSerializer.Serialize(AssessmentEngine.Run(scheme, Inputs(reversed: true), 2007)));
    }

    [Fact]
    public void A_result_read_back_serialises_to_the_same_bytes()
    {
        var bytes = ResultSerializer.Serialize(AssessmentEngine.Run(DefaultSchemes.Jilin2007(), Inputs(), 2007));
        Assert.Equal(bytes, ResultSerializer.Serialize(ResultSerializer.Deserialize(bytes)));
    }

    [Fact]
    public void The_run_records_its_inputs()
    {
        var scheme = DefaultSchemes.Jilin2007();
        var run = AssessmentEngine.Run(scheme, Inputs(), 2007).Run;
        Assert.Equal(("jilin-community-2007", 1, scheme.ContentHash, 2007), (run.SchemeId, run.SchemeVersion, run.SchemeHash, run.Year));
        Assert.Equal(new DateOnly(2008, 1, 15), run.KnowledgeDate);
        Assert.Equal(["2202010101/2007-12-31/v1", "2202010102/2007-12-31/v1"], run.BatchIds);
    }

    [Fact]
    public void The_default_2007_scheme_scores_a_community_by_hand()
    {
        // A: 97% (20) + 86% (15) + 93% of 95% → 13 + 90% (10) + 90% of 95% → 5 + 96% (10) + excluded + 100% (5) + 88% (5)
        //  = 83 of 90 points with data → 83 × 100 ÷ 90 = 92.222…; 达标 and, with follow-up below 95%, not 先进.
        var unit = AssessmentEngine.Run(DefaultSchemes.Jilin2007(), Inputs(), 2007).Unit(CommunityA);
        Assert.Equal("830/9", unit.ScoreExact);
        Assert.Equal(["dabiao"], unit.StandardsAttained);
    }

    [Fact]
    public void Diff_lists_the_unit_whose_score_standard_and_veto_changed_and_the_criterion_that_moved()
    {
        var scheme = DefaultSchemes.Jilin2007();
        var before = AssessmentEngine.Run(scheme, Inputs(), 2007);
        // A late correction: community B's register now shows an uncertified third birth and a lower compliance.
        var corrected = Inputs()
            .SetCount(CommunityB, "third_plus_births_without_certificate", 2007, 1, LateBirth)
            .SetRate(CommunityB, "policy_compliant_birth_rate", 2007, 18, 20);
        var after = AssessmentEngine.Run(scheme, corrected, 2007);

        var diff = AssessmentDiff.Diff(before, after);
        var b = diff.Units.Single(u => u.UnitCode == CommunityB);
        Assert.Equal(["score", "standards", "veto"], b.Changes);
        Assert.Equal(["dabiao"], b.StandardsA);
        Assert.Empty(b.StandardsB);
        Assert.Equal(["illegal_multiple_birth@2202010102"], b.VetoesB);
        var moved = Assert.Single(b.Criteria);
        Assert.Equal(("policy_compliant_birth_rate", "19/20", "9/10"), (moved.Indicator, moved.ValueA, moved.ValueB));
        Assert.Equal(-10m, moved.PointsDelta);
        // The veto reached the street (propagates 1); community A did not move.
        Assert.Contains("veto", diff.Units.Single(u => u.UnitCode == Street).Changes);
        Assert.DoesNotContain(diff.Units, u => u.UnitCode == CommunityA);
    }

    [Fact]
    public void Diff_of_a_run_with_itself_is_empty()
    {
        var run = AssessmentEngine.Run(DefaultSchemes.Jilin2007(), Inputs(), 2007);
        Assert.Empty(AssessmentDiff.Diff(run, run).Units);
    }

    [Fact]
    public void Veto_evidence_is_serialised_by_register_and_record_id()
    {
        var corrected = Inputs().SetCount(CommunityB, "third_plus_births_without_certificate", 2007, 1, LateBirth);
        var json = Encoding.UTF8.GetString(ResultSerializer.Serialize(AssessmentEngine.Run(DefaultSchemes.Jilin2007(), corrected, 2007)));
        Assert.Contains("\"record_id\": \"B-0107\"", json);
        Assert.Contains("\"register\": \"births\"", json);
    }

    [Fact]
    public void The_district_summary_counts_communities_per_standard_and_vetoes()
    {
        var corrected = Inputs().SetCount(CommunityB, "third_plus_births_without_certificate", 2007, 1, LateBirth);
        var summary = Assert.Single(RunSummary.ByDistrict(AssessmentEngine.Run(DefaultSchemes.Jilin2007(), corrected, 2007)));
        Assert.Equal((District, 2, 1), (summary.DistrictCode, summary.Communities, summary.VetoedCommunities));
        Assert.Equal(["dabiao:1", "xianjin:0"], summary.Attaining.Select(a => $"{a.Standard}:{a.Communities}"));
    }
}
