using Bunit;
using CommunityFp.Dashboard.Components.Pages.Scorecard;
using CommunityFp.Dashboard.Data;
using MudBlazor.Services;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>Scorecard cells coloured against the scheme's targets, in each indicator's direction.</summary>
public sealed class ScorecardTargetColouringTests : BunitContext
{
    private static readonly IndicatorInfo Prevalence = new("contraceptive_prevalence", "综合节育率", "Contraceptive prevalence", "proportion", 1, "higher");
    private static readonly IndicatorInfo ThirdBirths = new("third_plus_births_without_certificate", "多孩无证出生数", "Third births", "count", 1, "lower");
    private static readonly IndicatorInfo Births = new("births", "出生数", "Births", "count", 1, null);
    private static readonly OrgUnit Street = new("220202001", "延安街道", 3, "220202");

    private static readonly Dictionary<string, IndicatorTarget> Targets = new()
    {
        ["contraceptive_prevalence"] = new("contraceptive_prevalence", 0.85, "higher"),
        ["third_plus_births_without_certificate"] = new("third_plus_births_without_certificate", 0, "lower"),
    };

    public ScorecardTargetColouringTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<ScorecardTable> Render(double? prevalence, double? thirdBirths)
    {
        var unit = new OrgUnit("220202001001", "甲社区", 4, Street.Code);
        var values = new Dictionary<string, double?> { ["contraceptive_prevalence"] = prevalence, ["third_plus_births_without_certificate"] = thirdBirths, ["births"] = 3 };
        var card = new Scorecard(Street, "2007", [Prevalence, ThirdBirths, Births], [new ScorecardRow(unit, values, false)]);
        return Render<ScorecardTable>(p => p.Add(t => t.Card, card).Add(t => t.Href, (u, s, d) => "").Add(t => t.Targets, Targets));
    }

    private static (string? State, string Class) Cell(IRenderedComponent<ScorecardTable> table, int column)
    {
        var cell = table.FindAll("tbody td")[column];
        return (cell.GetAttribute("data-target"), cell.ClassName ?? "");
    }

    [Theory]
    [InlineData(0.90, "meets", "cfp-meets")]
    [InlineData(0.85, "meets", "cfp-meets")] // exactly on target meets it
    [InlineData(0.84, "misses", "cfp-misses")]
    public void A_higher_is_better_indicator_meets_its_target_at_or_above_it(double value, string state, string cssClass)
    {
        var (s, c) = Cell(Render(value, 0), 0);
        Assert.Equal(state, s);
        Assert.Contains(cssClass, c, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "meets", "cfp-meets")]
    [InlineData(1, "misses", "cfp-misses")]
    public void A_lower_is_better_indicator_meets_its_target_at_or_below_it(double value, string state, string cssClass)
    {
        var (s, c) = Cell(Render(0.9, value), 1);
        Assert.Equal(state, s);
        Assert.Contains(cssClass, c, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_without_a_target_and_a_missing_value_are_not_coloured()
    {
        var table = Render(null, 0);
        Assert.Equal((null, "cfp-num"), Cell(table, 0));
        Assert.Equal((null, "cfp-num"), Cell(table, 2));
    }

    [Fact]
    public void The_colour_is_also_said_in_words_with_the_target_and_proportions_read_as_percentages()
    {
        var cell = Render(0.84, 0).FindAll("tbody td")[0];
        Assert.Equal("未达到目标 (目标 ≥ 85.0%)", cell.GetAttribute("title"));
        Assert.StartsWith("84.0%", cell.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_row_links_to_its_units_assessment_when_the_year_was_assessed()
    {
        var unit = new OrgUnit("220202001001", "甲社区", 4, Street.Code);
        var card = new Scorecard(Street, "2007", [Births], [new ScorecardRow(unit, new Dictionary<string, double?> { ["births"] = 3 }, false)]);
        var linked = Render<ScorecardTable>(p => p.Add(t => t.Card, card).Add(t => t.Href, (u, s, d) => "")
            .Add(t => t.AssessmentHref, u => $"assessment/{u.Code}?year=2007"));
        Assert.Equal("assessment/220202001001?year=2007", linked.Find("[data-testid=assessment-link]").GetAttribute("href"));
        var plain = Render<ScorecardTable>(p => p.Add(t => t.Card, card).Add(t => t.Href, (u, s, d) => ""));
        Assert.Empty(plain.FindAll("[data-testid=assessment-link]"));
    }

    [Theory]
    [InlineData(0.95, 0.95, "higher", true)]
    [InlineData(0.9499999, 0.95, "higher", false)]
    [InlineData(0.95, 0.95, "lower", true)]
    [InlineData(0.96, 0.95, "lower", false)]
    public void A_target_is_met_in_its_direction(double value, double target, string direction, bool meets) =>
        Assert.Equal(meets, new IndicatorTarget("x", target, direction).Meets(value));
}
