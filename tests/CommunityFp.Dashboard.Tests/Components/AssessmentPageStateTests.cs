using Bunit;
using CommunityFp.Dashboard.Components.Pages.Assessment;
using CommunityFp.Dashboard.Components.Pages.Report;
using CommunityFp.Dashboard.Components.Pages.Vetoes;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>The assessment pages before the warehouse has a build: the empty state, not an error.</summary>
public sealed class AssessmentPageStateTests : EmptyWarehouseContext
{
    private void AssertEmptyState<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null) where TPage : IComponent
    {
        var page = parameters is null ? Render<TPage>() : Render<TPage>(parameters);
        Assert.Contains("数据仓库尚未构建", page.Find("[data-testid=empty-state]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assessment_of_a_unit_without_a_build_shows_the_empty_state() =>
        AssertEmptyState<AssessmentPage>(p => p.Add(x => x.Code, "220202001001"));

    [Fact]
    public void The_veto_review_without_a_build_shows_the_empty_state() => AssertEmptyState<VetoReviewPage>();

    [Fact]
    public void The_report_without_a_build_shows_the_empty_state() => AssertEmptyState<ReportPage>();
}
