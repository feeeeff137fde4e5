using Bunit;
using CommunityFp.Dashboard.Components.Pages.Scorecard;
using CommunityFp.Dashboard.Data;
using MudBlazor.Services;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>The scorecard table with a hand-made card: sorting, drill-down links, missing values.</summary>
public sealed class ScorecardTableTests : BunitContext
{
    private static readonly IndicatorInfo Births = new("births", "出生数", "Births", "count", 1, null);
    private static readonly IndicatorInfo BirthRate = new("birth_rate", "出生率", "Crude birth rate", "rate", 1, null);
    private static readonly OrgUnit Street = new("220202001", "延安街道", 3, "220202");

    private static Scorecard Card() => new(Street, "2007", [Births, BirthRate],
    [
        Row(Street, 30, 9.5, total: true),
        Row(new("220202001001", "甲社区", 4, Street.Code), 5, 7.25),
        Row(new("220202001002", "乙社区", 4, Street.Code), 12, null),
        Row(new("220202001003", "丙社区", 4, Street.Code), 13, 11),
    ]);

    private static ScorecardRow Row(OrgUnit unit, double births, double? rate, bool total = false) =>
        new(unit, new Dictionary<string, double?> { ["births"] = births, ["birth_rate"] = rate }, total);

    public ScorecardTableTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IRenderedComponent<ScorecardTable> Render(string? sort, bool descending) => Render<ScorecardTable>(p => p
        .Add(t => t.Card, Card()).Add(t => t.Sort, sort).Add(t => t.Descending, descending)
        .Add(t => t.Href, (unit, s, d) => $"scorecard?unit={unit}&sort={s}&desc={d}"));

    private static List<string> RowOrder(IRenderedComponent<ScorecardTable> table) =>
        table.FindAll("tbody tr").Select(r => r.GetAttribute("data-org")!).ToList();

    [Fact]
    public void Rows_sort_by_an_indicator_descending_with_the_total_row_first()
    {
        var table = Render("births", descending: true);
        Assert.Equal(["220202001", "220202001003", "220202001002", "220202001001"], RowOrder(table));
    }

    [Fact]
    public void Rows_sort_by_an_indicator_ascending()
    {
        var table = Render("births", descending: false);
        Assert.Equal(["220202001", "220202001001", "220202001002", "220202001003"], RowOrder(table));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_unit_without_a_value_sorts_last_in_either_direction(bool descending)
    {
        var table = Render("birth_rate", descending);
        Assert.Equal("220202001002", RowOrder(table)[^1]);
    }

    [Fact]
    public void Sorted_by_an_indicator_each_unit_shows_its_rank_by_it_and_the_total_none()
    {
        var table = Render("births", descending: true);
        var ranks = table.FindAll("[data-testid=rank]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["", "1", "2", "3"], ranks);
    }

    [Fact]
    public void Ties_share_a_rank_and_units_without_a_value_have_none()
    {
        var rows = new[]
        {
            Row(new("1", "a", 4, null), 5, 2), Row(new("2", "b", 4, null), 5, null), Row(new("3", "c", 4, null), 4, 1),
        };
        Assert.Equal(new Dictionary<string, int> { ["1"] = 1, ["2"] = 1, ["3"] = 3 }, ScorecardSort.Ranks(rows, "births", descending: true));
        Assert.Equal(new Dictionary<string, int> { ["1"] = 2, ["3"] = 1 }, ScorecardSort.Ranks(rows, "birth_rate", descending: false));
    }

    [Fact]
    public void Sorted_by_name_there_is_no_rank_column()
    {
        Assert.Empty(Render(ScorecardSort.ByName, false).FindAll("[data-testid=rank]"));
    }

    [Fact]
    public void Without_a_sort_rows_are_in_code_order()
    {
        Assert.Equal(["220202001", "220202001001", "220202001002", "220202001003"], RowOrder(Render(null, false)));
    }

    [Fact]
    public void A_sorted_column_header_links_to_the_opposite_direction_and_says_how_it_is_sorted()
    {
        var table = Render("births", descending: true);
        var header = table.Find("[data-testid=sort-births]");
        Assert.Equal("scorecard?unit=220202001&sort=births&desc=False", header.GetAttribute("href"));
        Assert.Equal("descending", header.ParentElement!.GetAttribute("aria-sort"));
    }

    [Fact]
    public void Communities_are_the_bottom_of_the_drill_down_and_missing_values_say_no_data()
    {
        var table = Render(null, false);
        Assert.Empty(table.FindAll("[data-testid=drill]"));
        var missing = table.Find("tr[data-org='220202001002']").QuerySelectorAll("td")[1];
        Assert.Equal("无数据", missing.TextContent.Trim());
    }

    [Fact]
    public void Each_value_shows_its_direction_against_the_previous_period_and_nothing_when_that_is_unknown()
    {
        var community = new OrgUnit("220202001001", "甲社区", 4, Street.Code);
        var previous = new Dictionary<string, double?> { ["births"] = 4, ["birth_rate"] = null };
        var card = new Scorecard(Street, "2007", [Births, BirthRate],
            [new ScorecardRow(community, new Dictionary<string, double?> { ["births"] = 5, ["birth_rate"] = 7.25 }, false, previous)]);
        var table = Render<ScorecardTable>(p => p.Add(t => t.Card, card).Add(t => t.Href, (u, s, d) => ""));
        var cells = table.FindAll("tbody td");
        Assert.Equal("1", cells[0].QuerySelector(".cfp-change")!.GetAttribute("data-direction"));
        Assert.Equal("较上期上升", cells[0].QuerySelector(".cfp-change")!.GetAttribute("aria-label"));
        Assert.Null(cells[1].QuerySelector(".cfp-change"));
    }

    [Theory]
    [InlineData("2007", "2006")]
    [InlineData("2007-Q1", "2006-Q4")]
    [InlineData("2007-Q3", "2007-Q2")]
    [InlineData("2007-01", "2006-12")]
    [InlineData("2007-10", "2007-09")]
    public void The_previous_period_of_a_year_quarter_or_month(string period, string previous) =>
        Assert.Equal(previous, DashboardData.PreviousPeriod(period));

    [Fact]
    public void Streets_link_to_their_own_scorecard()
    {
        var district = new OrgUnit("220202", "船营区", 2, "2202");
        var card = new Scorecard(district, "2007", [Births], [Row(district, 1, null, true), Row(Street, 1, null)]);
        var table = Render<ScorecardTable>(p => p.Add(t => t.Card, card).Add(t => t.Href, (u, s, d) => $"scorecard?unit={u}"));
        Assert.Equal("scorecard?unit=220202001", table.Find("[data-testid=drill]").GetAttribute("href"));
    }
}
