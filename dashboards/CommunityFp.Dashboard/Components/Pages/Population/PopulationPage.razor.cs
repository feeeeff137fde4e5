using CommunityFp.Dashboard.Charts;
using CommunityFp.Dashboard.Data;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Population;

/// <summary>Components of change (人口变动) of a unit in a period: /population?unit=220202001&amp;period=2007.</summary>
public partial class PopulationPage
{
    /// <summary>The unit (default: the territory's root).</summary>
    [SupplyParameterFromQuery(Name = "unit")] public string? UnitParameter { get; set; }

    /// <summary>A year, quarter (2007-Q1) or month (2007-03); default: the latest year.</summary>
    [SupplyParameterFromQuery(Name = "period")] public string? PeriodParameter { get; set; }

    private IReadOnlyList<OrgUnit> Units = [];
    private IReadOnlyList<string> PeriodChoices = [];
    private string? UnitCode;
    private string? Period;
    private PopulationBalance? Balance;
    private IReadOnlyList<AgeSexBand> Bands = [];
    private ChartImage? Pyramid;
    private Dictionary<string, IndicatorInfo> Catalog = [];

    protected override async Task LoadAsync()
    {
        Balance = null;
        Catalog = Data.Indicators().ToDictionary(i => i.Id);
        Units = await Data.UnitsAsync();
        var years = Data.Periods("year");
        PeriodChoices = [.. years, .. Data.Periods("quarter")];
        var unit = await Data.UnitOrRootAsync(UnitParameter);
        UnitCode = unit?.Code;
        Period = PeriodParameter is { Length: > 0 } p && (PeriodChoices.Contains(p) || Data.Periods("month").Contains(p)) ? p : years.LastOrDefault();
        Pyramid = null;
        if (unit is null || Period is null) return;
        Balance = await Data.PopulationAsync(unit, Period);
        Bands = await Data.AgeSexAsync(unit, Period);
        if (Bands.Count > 0) Pyramid = PopulationPyramidChart.Render(Bands, $"{Text.Pyramid.Title} · {unit.Name} {Period}", English);
    }

    private string Name(string id) => Catalog.TryGetValue(id, out var i) ? i.Name(English) : id;

    private static string Href(string? unit, string? period) => Link("population", ("unit", unit), ("period", period));
}
