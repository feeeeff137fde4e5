using CommunityFp.Dashboard.Charts;
using CommunityFp.Dashboard.Data;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Trends;

/// <summary>An indicator over time for one or several units: /trends?indicator=births&amp;units=220202,220202001&amp;period=month.</summary>
public partial class TrendsPage
{
    /// <summary>The indicator id (default: births).</summary>
    [SupplyParameterFromQuery(Name = "indicator")] public string? IndicatorParameter { get; set; }

    /// <summary>Comma-separated org codes (default: the territory's root unit).</summary>
    [SupplyParameterFromQuery(Name = "units")] public string? UnitsParameter { get; set; }

    /// <summary>month, quarter or year (default: month).</summary>
    [SupplyParameterFromQuery(Name = "period")] public string? PeriodParameter { get; set; }

    private IReadOnlyList<IndicatorInfo> Catalog = [];
    private IReadOnlyList<OrgUnit> AllUnits = [];
    private IReadOnlyList<TrendSeries> Series = [];
    private IReadOnlyCollection<string> SelectedCodes = [];
    private string IndicatorId = "births";
    private string PeriodType = "month";
    private ChartImage? Chart;

    protected override async Task LoadAsync()
    {
        Catalog = Data.Indicators();
        var indicator = Catalog.FirstOrDefault(i => i.Id == IndicatorParameter) ?? Catalog.FirstOrDefault(i => i.Id == "births") ?? Catalog[0];
        IndicatorId = indicator.Id;
        PeriodType = PeriodParameter is "month" or "quarter" or "year" ? PeriodParameter : "month";
        AllUnits = await Data.UnitsAsync();
        var codes = (UnitsParameter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(8).ToList();
        var units = new List<OrgUnit>();
        foreach (var code in codes)
            if (await Data.UnitOrRootAsync(code) is { } unit) units.Add(unit);
        if (units.Count == 0 && await Data.RootUnitAsync() is { } root) units.Add(root);
        SelectedCodes = units.Select(u => u.Code).ToList();
        Series = await Data.TrendsAsync(indicator, units, PeriodType);
        var title = string.Format(System.Globalization.CultureInfo.CurrentCulture, Text.TrendTitle,
            indicator.Name(English), string.Join(English ? ", " : "、", units.Select(u => u.Name)));
        Chart = Series.Any(s => s.Points.Count > 0) ? TrendChart.Render(Series, title, Text.ChartAltPrefix, English, target: TargetOf(indicator)) : null;
    }

    /// <summary>The indicator's target in the latest assessed year's scheme (stored run, else the default file), if it has one.</summary>
    private ChartTarget? TargetOf(IndicatorInfo indicator)
    {
        var year = Data.Periods("year").LastOrDefault();
        if (year is null || !Data.IndicatorTargets(year).TryGetValue(indicator.Id, out var target)) return null;
        var shown = (target.Target * indicator.Scale).ToString(indicator.Kind == "proportion" && indicator.Scale == 1 ? "0.##%" : "#,##0.##", System.Globalization.CultureInfo.CurrentCulture);
        var sign = target.Direction == "lower" ? "≤" : "≥";
        return new ChartTarget(target.Target * indicator.Scale, English ? $"target {sign} {shown} ({year} scheme)" : $"目标 {sign} {shown}（{year} 年方案）");
    }

    private string UnitName(string? code) => AllUnits.FirstOrDefault(u => u.Code == code)?.Name ?? code ?? "";

    private void Go(string? indicator = null, string? units = null, string? period = null) =>
        Nav.NavigateTo(Link("trends", ("indicator", indicator ?? IndicatorId), ("units", units ?? string.Join(',', SelectedCodes)), ("period", period ?? PeriodType)));
}
