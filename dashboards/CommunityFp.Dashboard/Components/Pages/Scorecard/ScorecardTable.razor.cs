using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Scorecard;

public partial class ScorecardTable
{
    /// <summary>The scorecard to show.</summary>
    [Parameter, EditorRequired] public Data.Scorecard Card { get; set; } = default!;

    /// <summary>The column rows are sorted by ("name" or an indicator id).</summary>
    [Parameter] public string? Sort { get; set; }

    /// <summary>Whether the sort is descending.</summary>
    [Parameter] public bool Descending { get; set; }

    /// <summary>Builds the URL of this view with another unit, sort or direction.</summary>
    [Parameter, EditorRequired] public Func<string?, string?, bool, string> Href { get; set; } = default!;

    // A rank column when the rows are sorted by an indicator: the rank by that indicator.
    private bool RankColumn => Sort is { } s && s != ScorecardSort.ByName && Card.Indicators.Any(i => i.Id == s);

    private IReadOnlyDictionary<string, int> Ranks => RankColumn ? ScorecardSort.Ranks(Card.Rows, Sort!, Descending) : new Dictionary<string, int>();

    private static bool English => UiText.IsEnglish(CultureInfo.CurrentUICulture);

    private string Caption => $"{UiText.Current.Scorecard}: {Card.Parent.Name} {Card.Period}";

    private string SortHref(string column) => Href(Card.Parent.Code, column, Sort == column ? !Descending : column != ScorecardSort.ByName);

    private string DrillHref(OrgUnit unit) => Href(unit.Code, Sort, Descending);

    private string? AriaSort(string column) => Sort == column || (Sort is null && column == ScorecardSort.ByName)
        ? (Descending ? "descending" : "ascending") : null;

    private string Arrow(string column) => AriaSort(column) switch { "descending" => " ▼", "ascending" => " ▲", _ => "" };

    private static string Formatted(double? value) =>
        value is { } v ? v.ToString(Math.Abs(v % 1) < 1e-9 ? "#,##0" : "#,##0.##", CultureInfo.CurrentCulture) : UiText.Current.NoData;
}
