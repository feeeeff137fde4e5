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

    /// <summary>The indicators' targets of the year's assessment scheme: cells are coloured against them in the indicator's direction.</summary>
    [Parameter] public IReadOnlyDictionary<string, IndicatorTarget> Targets { get; set; } = new Dictionary<string, IndicatorTarget>();

    /// <summary>The link to a unit's assessment for the year (no link when null: no run for the year).</summary>
    [Parameter] public Func<OrgUnit, string>? AssessmentHref { get; set; }

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

    private static string Formatted(IndicatorInfo indicator, double? value) =>
        value is not { } v ? UiText.Current.NoData
        : indicator.Kind == "proportion" ? v.ToString("0.0%", CultureInfo.CurrentCulture)
        : v.ToString(Math.Abs(v % 1) < 1e-9 ? "#,##0" : "#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>"meets", "misses", or null (no target for the indicator, or no value).</summary>
    internal string? TargetState(string indicator, double? value) =>
        Targets.TryGetValue(indicator, out var target) ? target.Meets(value) switch { true => "meets", false => "misses", null => null } : null;

    private string CellClass(string indicator, double? value) => TargetState(indicator, value) switch
    {
        "meets" => "cfp-num cfp-meets",
        "misses" => "cfp-num cfp-misses",
        _ => "cfp-num",
    };

    // The colour is not the only signal: the cell's title says it in words, with the target.
    private string? TargetTitle(IndicatorInfo indicator, double? value)
    {
        if (TargetState(indicator.Id, value) is not { } state) return null;
        var target = Targets[indicator.Id];
        var t = UiText.Current.Assess;
        return $"{(state == "meets" ? t.MeetsTarget : t.MissesTarget)} ({t.Target} {(target.Direction == "lower" ? "≤" : "≥")} {Formatted(indicator, target.Target)})";
    }
}
