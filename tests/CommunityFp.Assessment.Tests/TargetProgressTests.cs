using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Results;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>A target's yearly shares, gap and label, through a whole run.</summary>
public class TargetProgressTests
{
    private const string Criterion = """{ "indicator": "satisfaction_rate", "weight": 100, "rule": "threshold", "target": 0.85 }""";
    private const string Standard = """{ "id": "dabiao", "name": "达标", "min_score": 100 }""";

    private static string Target(string share, string by) =>
        $$"""{ "scope": "{{City}}", "level": "community", "standard": "dabiao", "share": "{{share}}", "by": "{{by}}" }""";

    private static InMemoryAssessmentInputs TenCommunities(params int[] attaining) => Communities(10, attaining);

    /// <summary>Communities under one street; <c>attaining[i]</c> of them reach 85% satisfaction in year 2005 + i.</summary>
    private static InMemoryAssessmentInputs Communities(int count, params int[] attaining)
    {
        var years = Enumerable.Range(2005, attaining.Length).ToArray();
        var inputs = new InMemoryAssessmentInputs()
            .AddUnit(City, AssessmentLevel.City, null, "吉林市", years)
            .AddUnit(District, AssessmentLevel.District, City, "船营区", years)
            .AddUnit(Street, AssessmentLevel.Street, District, "北京路街道", years);
        for (var c = 0; c < count; c++)
        {
            var code = $"{Street}{c:00}";
            inputs.AddUnit(code, AssessmentLevel.Community, Street, $"社区{c}", years);
            for (var i = 0; i < years.Length; i++)
                inputs.SetRate(code, "satisfaction_rate", years[i], c < attaining[i] ? 9 : 5, 10);
        }
        return inputs;
    }

    private static TargetProgress Run(InMemoryAssessmentInputs inputs, int year, string share, string by) =>
        AssessmentEngine.Run(CommunityScheme(Criterion, standards: Standard, targets: Target(share, by)), inputs, year).Targets.Single();

    [Fact]
    public void Reports_the_actual_share_of_every_assessed_year_up_to_the_run_year()
    {
        var progress = Run(TenCommunities(5, 6, 8, 9), 2007, ">= 0.90", "2009-12-31");
        Assert.Equal(["2005:5/10", "2006:6/10", "2007:8/10"], progress.Years.Select(y => $"{y.Year}:{y.Attaining}/{y.Units}"));
        Assert.Equal(0.8m, progress.ActualShare);
        Assert.Equal(0.1m, progress.Gap);
        Assert.NotNull(progress.Forecast);
    }

    [Fact]
    public void A_passed_target_date_is_judged_on_the_actual_share_met()
    {
        var progress = Run(TenCommunities(5, 7, 9), 2007, ">= 0.90", "2007-12-31");
        Assert.Equal(TargetStatus.Met, progress.Status);
        Assert.Equal(0m, progress.Gap);
        Assert.Null(progress.Forecast);
    }

    [Fact]
    public void A_passed_target_date_is_judged_on_the_actual_share_missed()
    {
        var progress = Run(TenCommunities(5, 7, 8), 2007, ">= 0.90", "2007-12-31");
        Assert.Equal(TargetStatus.Missed, progress.Status);
    }

    [Fact]
    public void A_target_ahead_gets_a_forecast_and_a_label()
    {
        // 40 communities, 20% every year: even the upper bound at end-2010 stays far below 90%.
        var progress = Run(Communities(40, 8, 8, 8), 2007, ">= 0.90", "2010-12-31");
        Assert.Equal(TargetStatus.OffTrack, progress.Status);
        Assert.Equal("trend over 3 assessed years", progress.Note);
    }

    [Fact]
    public void A_single_assessed_year_says_so()
    {
        var progress = Run(TenCommunities(9), 2005, ">= 0.90", "2007-12-31");
        Assert.StartsWith("a single assessed year", progress.Note);
        Assert.Equal("single_year_persistence", progress.Forecast!.Method);
    }

    [Fact]
    public void Each_year_counts_the_units_of_its_own_tree_when_communities_split()
    {
        // 2006: A and B; B splits into C and D during 2007: three communities at 31 Dec 2007.
        var inputs = new InMemoryAssessmentInputs()
            .AddUnit(City, AssessmentLevel.City, null, "吉林市", 2006, 2007)
            .AddUnit(District, AssessmentLevel.District, City, "船营区", 2006, 2007)
            .AddUnit(Street, AssessmentLevel.Street, District, "北京路街道", 2006, 2007)
            .AddUnit(CommunityA, AssessmentLevel.Community, Street, "甲", 2006, 2007)
            .AddUnit(CommunityB, AssessmentLevel.Community, Street, "乙", 2006)
            .AddUnit("2202010103", AssessmentLevel.Community, Street, "丙", 2007)
            .AddUnit("2202010104", AssessmentLevel.Community, Street, "丁", 2007);
        foreach (var (code, year) in new[] { (CommunityA, 2006), (CommunityA, 2007), ("2202010103", 2007) })
            inputs.SetRate(code, "satisfaction_rate", year, 9, 10);
        var progress = Run(inputs, 2007, ">= 0.90", "2010-12-31");
        Assert.Equal(["2006:1/2", "2007:2/3"], progress.Years.Select(y => $"{y.Year}:{y.Attaining}/{y.Units}"));
        Assert.Equal(3, progress.Forecast!.Units);
    }

    [Fact]
    public void Each_year_counts_the_units_of_its_own_tree_when_communities_merge()
    {
        // 2006: A and B (A attains); both close in 2007 and merge into E, which attains.
        var inputs = new InMemoryAssessmentInputs()
            .AddUnit(City, AssessmentLevel.City, null, "吉林市", 2006, 2007)
            .AddUnit(District, AssessmentLevel.District, City, "船营区", 2006, 2007)
            .AddUnit(Street, AssessmentLevel.Street, District, "北京路街道", 2006, 2007)
            .AddUnit(CommunityA, AssessmentLevel.Community, Street, "甲", 2006)
            .AddUnit(CommunityB, AssessmentLevel.Community, Street, "乙", 2006)
            .AddUnit("2202010105", AssessmentLevel.Community, Street, "戊", 2007)
            .SetRate(CommunityA, "satisfaction_rate", 2006, 9, 10)
            .SetRate("2202010105", "satisfaction_rate", 2007, 9, 10);
        var progress = Run(inputs, 2007, ">= 0.90", "2007-12-31");
        Assert.Equal(["2006:1/2", "2007:1/1"], progress.Years.Select(y => $"{y.Year}:{y.Attaining}/{y.Units}"));
        Assert.Equal(TargetStatus.Met, progress.Status);
    }

    [Fact]
    public void Units_outside_the_scope_do_not_count()
    {
        var inputs = TenCommunities(5, 6, 7)
            .AddUnit("220202", AssessmentLevel.District, City, "昌邑区", 2005, 2006, 2007)
            .AddUnit("22020201", AssessmentLevel.Street, "220202", "街道", 2005, 2006, 2007)
            .AddUnit("2202020101", AssessmentLevel.Community, "22020201", "外社区", 2005, 2006, 2007);
        var scheme = CommunityScheme(Criterion, standards: Standard,
            targets: """{ "scope": "220201", "level": "community", "standard": "dabiao", "share": ">= 0.9", "by": "2009-12-31" }""");
        var progress = AssessmentEngine.Run(scheme, inputs, 2007).Targets.Single();
        Assert.Equal(10, progress.Years[^1].Units);
    }

    [Fact]
    public void A_scope_with_no_units_has_no_data()
    {
        var scheme = CommunityScheme(Criterion, standards: Standard,
            targets: """{ "scope": "9999", "level": "community", "standard": "dabiao", "share": ">= 0.9", "by": "2009-12-31" }""");
        Assert.Equal(TargetStatus.NoData, AssessmentEngine.Run(scheme, TenCommunities(5), 2005).Targets.Single().Status);
    }
}
