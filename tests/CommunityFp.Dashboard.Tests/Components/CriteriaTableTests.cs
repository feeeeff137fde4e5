using Bunit;
using CommunityFp.Dashboard.Components.Pages.Assessment;
using CommunityFp.Dashboard.Data;
using MudBlazor.Services;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>A unit's score by criterion: shortfalls marked, whether they could be noise, points lost.</summary>
public sealed class CriteriaTableTests : BunitContext
{
    private static readonly Dictionary<string, IndicatorInfo> Catalog = new()
    {
        ["followup_completion"] = new("followup_completion", "节育随访率", "Follow-up completion", "proportion", 1, "higher"),
        ["satisfaction_rate"] = new("satisfaction_rate", "群众满意率", "Satisfaction", "proportion", 1, "higher"),
        ["policy_compliant_birth_rate"] = new("policy_compliant_birth_rate", "计划生育率", "Policy-compliant births", "proportion", 1, "higher"),
    };

    // 17/20 = 85% against 95%: 10 points short at 1 per point → 5 of 15 points; the interval reaches 95%: could be noise.
    private static readonly CriterionScore Noisy = new(0, "followup_completion", "deduct", "higher", 15, 0.95, 17, 20, 0.85, 0.64, 0.95, "has_data", false, 5, 10, "could_be_noise");
    // 60/100 against 85%: the interval lies wholly below: meaningful.
    private static readonly CriterionScore Meaningful = new(1, "satisfaction_rate", "deduct", "higher", 5, 0.85, 60, 100, 0.60, 0.50, 0.69, "has_data", false, 0, 5, "meaningful");
    private static readonly CriterionScore Met = new(2, "policy_compliant_birth_rate", "deduct", "higher", 20, 0.95, 10, 10, 1, 0.72, 1, "has_data", true, 20, 0, "no_shortfall");

    public CriteriaTableTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<CriteriaTable> Render() =>
        Render<CriteriaTable>(p => p.Add(t => t.Criteria, [Noisy, Meaningful, Met]).Add(t => t.Score, 25).Add(t => t.Catalog, Catalog));

    [Fact]
    public void A_shortfall_that_could_be_noise_is_marked_apart_from_a_meaningful_one()
    {
        var table = Render();
        Assert.Equal("cfp-short cfp-noise", table.Find("tr[data-indicator=followup_completion]").ClassName);
        Assert.Equal("cfp-short", table.Find("tr[data-indicator=satisfaction_rate]").ClassName);
        Assert.True(string.IsNullOrEmpty(table.Find("tr[data-indicator=policy_compliant_birth_rate]").ClassName));
        Assert.Equal("可能是随机波动（单位较小）", table.Find("tr[data-indicator=followup_completion] [data-testid=fairness]").TextContent.Trim());
        Assert.Equal("差距显著（非随机）", table.Find("tr[data-indicator=satisfaction_rate] [data-testid=fairness]").TextContent.Trim());
        Assert.Equal("", table.Find("tr[data-indicator=policy_compliant_birth_rate] [data-testid=fairness]").TextContent.Trim());
    }

    [Fact]
    public void Each_row_shows_the_value_with_its_counts_the_points_and_the_points_lost()
    {
        var row = Render().Find("tr[data-indicator=followup_completion]");
        Assert.Equal("85.0% (17/20)", row.QuerySelector("[data-testid=value]")!.TextContent.Trim());
        Assert.Equal("5", row.QuerySelector("[data-testid=points]")!.TextContent.Trim());
        Assert.Equal("10", row.QuerySelector("[data-testid=points-lost]")!.TextContent.Trim());
        Assert.Contains("[64.0%, 95.0%]", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("≥ 95.0%", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_total_row_sums_weights_and_points_lost_and_shows_the_score()
    {
        var foot = Render().Find("tfoot tr");
        Assert.Equal("25", foot.QuerySelector("[data-testid=total-points]")!.TextContent.Trim());
        Assert.Contains("40", foot.TextContent, StringComparison.Ordinal); // weights 15 + 5 + 20
        Assert.Contains("15", foot.TextContent, StringComparison.Ordinal); // points lost 10 + 5
    }
}
