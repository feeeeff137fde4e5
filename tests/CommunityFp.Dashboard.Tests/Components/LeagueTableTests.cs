using Bunit;
using CommunityFp.Dashboard.Charts;
using CommunityFp.Dashboard.Components.Pages.Compare;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Statistics;
using MudBlazor.Services;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>
/// The compare page's league table and funnel on hand-made communities. Pooled rate = (50 + 95 + 5 + 6 + 66) / 410
/// = 0.5415; at n = 100 the 95% limits are about 0.443–0.639 and the 99.8% limits 0.387–0.695 (normal approximation
/// for orientation; the exact ones decide, see FunnelLimitsTests).
/// </summary>
public sealed class LeagueTableTests : BunitContext
{
    private static readonly IndicatorInfo Prevalence = new("contraceptive_prevalence", "综合节育率", "Contraceptive prevalence", "proportion", 1, "higher");
    private static readonly OrgUnit Street = new("220202001", "延安街道", 3, "220202");

    private static OrgUnit Community(int i, string name) => new($"220202001{i:000}", name, 4, Street.Code);

    private static Comparison Comparison(bool smooth) => DashboardData.Compare(Street, Prevalence, "2007",
    [
        Value(Community(1, "甲社区"), 50, 100),
        Value(Community(2, "乙社区"), 95, 100),
        Value(Community(3, "丙社区"), 5, 100),
        Value(Community(4, "丁社区"), 6, 10),
        Value(Community(5, "戊社区"), 66, 100),
        Value(Community(6, "己社区"), 0, 0),
    ], smooth);

    private static (OrgUnit, IndicatorValue) Value(OrgUnit u, double y, double n) =>
        (u, new IndicatorValue(Prevalence.Id, u.Code, "year", "2007", y, n, n > 0 ? y / n : null, null, null));

    public LeagueTableTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<LeagueTable> Render(bool smooth) => Render<LeagueTable>(p => p.Add(t => t.Comparison, Comparison(smooth)));

    private static Dictionary<string, string> Positions(IRenderedComponent<LeagueTable> table) =>
        table.FindAll("tbody tr[data-position]").ToDictionary(r => r.GetAttribute("data-org")!, r => r.GetAttribute("data-position")!);

    [Fact]
    public void The_pooled_rate_is_the_sum_of_numerators_over_the_sum_of_denominators()
    {
        var c = Comparison(false);
        Assert.Equal(222.0 / 410, c.PooledRate, 12);
        Assert.Equal("54.1%", Render(false).Find("[data-testid=pooled-rate]").TextContent);
    }

    [Fact]
    public void Communities_beyond_the_limits_are_marked_on_their_side()
    {
        var positions = Positions(Render(false));
        Assert.Equal(nameof(FunnelPosition.Inside), positions["220202001001"]);
        Assert.Equal(nameof(FunnelPosition.AboveOuter), positions["220202001002"]);
        Assert.Equal(nameof(FunnelPosition.BelowOuter), positions["220202001003"]);
        Assert.Equal(nameof(FunnelPosition.Inside), positions["220202001004"]); // 60% of 10: a small community is not flagged
        Assert.Equal(nameof(FunnelPosition.AboveInner), positions["220202001005"]);
    }

    [Fact]
    public void Outliers_carry_a_visible_mark_and_the_outside_flag()
    {
        var table = Render(false);
        var flagged = table.FindAll("tbody tr[data-outside=true]").Select(r => r.GetAttribute("data-org")).ToList();
        Assert.Equal(["220202001002", "220202001005", "220202001003"], flagged);
        Assert.StartsWith("▲▲", table.Find("tr[data-org='220202001002'] [data-testid=funnel-flag]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("▼▼", table.Find("tr[data-org='220202001003'] [data-testid=funnel-flag]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("▲", table.Find("tr[data-org='220202001005'] [data-testid=funnel-flag]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Higher_is_better_so_the_highest_rate_ranks_first_and_no_data_comes_last_without_a_rank()
    {
        var rows = Render(false).FindAll("tbody tr[data-position]");
        Assert.Equal(["220202001002", "220202001005", "220202001004", "220202001001", "220202001003", "220202001006"], rows.Select(r => r.GetAttribute("data-org")));
        Assert.Equal("—", rows[^1].Children[0].TextContent);
    }

    [Fact]
    public void Smoothing_adds_the_empirical_bayes_rate_pulled_towards_the_pooled_rate()
    {
        var table = Render(true);
        Assert.NotEmpty(table.FindAll("[data-testid=smoothed-rate]"));
        var c = Comparison(true);
        var small = c.Rows.Single(r => r.Unit.Code == "220202001004");
        Assert.True(Math.Abs(small.SmoothedRate!.Value - c.PooledRate) < Math.Abs(small.Rate!.Value - c.PooledRate));
        Assert.Empty(Render(false).FindAll("[data-testid=smoothed-rate]"));
    }

    [Fact]
    public void The_funnel_chart_is_a_png_whose_text_alternative_names_the_communities_outside()
    {
        var c = Comparison(false);
        var text = new FunnelText(false, "综合节育率：延安街道各社区（2007）", "分母", "比率（%）", "漏斗图", "上级合并比率 {0}，共 {1} 个社区，{2} 个在控制限以外。",
            "{0}：{1}（分母 {2}），{4}{3}", "合并", "95%", "99.8%", "内", "高于", "低于");
        var chart = FunnelChart.Render(c, text);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png.Take(4));
        Assert.StartsWith("漏斗图 — 综合节育率", chart.Description, StringComparison.Ordinal);
        Assert.Contains("共 5 个社区，3 个在控制限以外", chart.Description, StringComparison.Ordinal);
        foreach (var name in new[] { "乙社区", "丙社区", "戊社区" }) Assert.Contains(name, chart.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("甲社区", chart.Description, StringComparison.Ordinal);
    }
}
