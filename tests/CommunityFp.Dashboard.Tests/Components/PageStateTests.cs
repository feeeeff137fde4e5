using Bunit;
using CommunityFp.Dashboard.Components.Pages.Overview;
using CommunityFp.Dashboard.Components.Pages.Scorecard;
using CommunityFp.Dashboard.Components.Shared;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>Pages before the warehouse has a build: an empty state that says what to do, not an error.</summary>
public sealed class PageStateTests : EmptyWarehouseContext
{
    [Fact]
    public void The_overview_of_a_warehouse_without_a_build_shows_the_empty_state()
    {
        var page = Render<OverviewPage>();
        Assert.Contains("数据仓库尚未构建", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scorecard_of_a_warehouse_without_a_build_shows_the_empty_state_and_no_table()
    {
        var page = Render<ScorecardPage>();
        Assert.Single(page.FindAll("[data-testid=empty-state]"));
        Assert.Empty(page.FindAll("[data-testid=scorecard-table]"));
    }

    [Fact]
    public void The_empty_state_is_a_status_region_with_its_title_and_text()
    {
        var state = Render<EmptyState>(p => p.Add(e => e.Title, "无数据").Add(e => e.Text, "请先运行 cfp build"));
        var region = state.Find("[role=status]");
        Assert.Contains("无数据", region.TextContent, StringComparison.Ordinal);
        Assert.Contains("cfp build", region.TextContent, StringComparison.Ordinal);
    }
}
