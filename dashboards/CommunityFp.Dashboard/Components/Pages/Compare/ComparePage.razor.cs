using System.Globalization;
using CommunityFp.Dashboard.Charts;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Statistics;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Compare;

/// <summary>
/// Compare the communities of a street (or district): /compare?unit=220202001&amp;indicator=contraceptive_prevalence&amp;period=2007&amp;smooth=eb&amp;pick=a,b.
/// A funnel plot with 95% and 99.8% limits around the parent's pooled rate, a league table, optional empirical-Bayes
/// smoothed rates, and two to four communities side by side.
/// </summary>
public partial class ComparePage
{
    /// <summary>The parent unit whose communities are compared (default: the territory's root).</summary>
    [SupplyParameterFromQuery(Name = "unit")] public string? UnitParameter { get; set; }

    /// <summary>A proportion indicator (default: contraceptive prevalence).</summary>
    [SupplyParameterFromQuery(Name = "indicator")] public string? IndicatorParameter { get; set; }

    /// <summary>A period (2007, 2007-Q1, 2007-03; default: the latest year).</summary>
    [SupplyParameterFromQuery(Name = "period")] public string? PeriodParameter { get; set; }

    /// <summary><c>eb</c> adds empirical-Bayes smoothed rates.</summary>
    [SupplyParameterFromQuery(Name = "smooth")] public string? SmoothParameter { get; set; }

    /// <summary>Two to four community codes to show side by side.</summary>
    [SupplyParameterFromQuery(Name = "pick")] public string? PickParameter { get; set; }

    private IReadOnlyList<IndicatorInfo> Catalog = [];
    private IReadOnlyList<OrgUnit> Parents = [];
    private IReadOnlyList<string> PeriodChoices = [];
    private IReadOnlyCollection<string> PickedCodes = [];
    private string? UnitCode;
    private string IndicatorId = "";
    private string Period = "";
    private bool Smooth;
    private Comparison? Result;
    private ChartImage? Chart;
    private SideBySide? Picked;

    protected override async Task LoadAsync()
    {
        Result = null; Chart = null; Picked = null;
        Catalog = Data.FunnelIndicators();
        var indicator = Catalog.FirstOrDefault(i => i.Id == IndicatorParameter) ?? Catalog.FirstOrDefault(i => i.Id == "contraceptive_prevalence") ?? Catalog.FirstOrDefault();
        var parent = await Data.UnitOrRootAsync(UnitParameter);
        // A community compares with its siblings: the funnel of its street.
        if (parent is { Level: 4, ParentCode: { } street }) parent = await Data.UnitOrRootAsync(street);
        Parents = (await Data.UnitsAsync()).Where(u => u.Level <= 3).ToList();
        var years = Data.Periods("year");
        PeriodChoices = years.Reverse().ToList();
        Period = PeriodParameter is { Length: > 0 } p && Data.Periods(DashboardData.PeriodTypeOf(p)).Contains(p) ? p : years.LastOrDefault() ?? "";
        Smooth = SmoothParameter == "eb";
        if (parent is null || indicator is null || Period.Length == 0) return;
        UnitCode = parent.Code;
        IndicatorId = indicator.Id;
        Result = await Data.CompareAsync(parent, indicator, Period, Smooth);
        if (Result.Plotted.Any()) Chart = FunnelChart.Render(Result, FunnelText(Result));
        await LoadPickedAsync();
    }

    private async Task LoadPickedAsync()
    {
        var codes = (PickParameter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(4).ToList();
        var units = new List<OrgUnit>();
        // Each code goes through the territory check (an edited URL naming another street's community is refused).
        foreach (var code in codes)
            if (await Data.UnitOrRootAsync(code) is { Level: 4 } unit) units.Add(unit);
        PickedCodes = units.Select(u => u.Code).ToList();
        if (units.Count >= 2) Picked = await Data.SideBySideAsync(units, Period);
    }

    private FunnelText FunnelText(Comparison c)
    {
        var t = Text.Compare;
        var title = string.Format(CultureInfo.CurrentCulture, t.FunnelTitle, c.Indicator.Name(English), c.Parent.Name, c.Period);
        return new FunnelText(English, title, t.XLabel, t.YLabel, t.AltPrefix, t.Summary, t.OutsideItem,
            t.PooledLegend, t.InnerLegend, t.OuterLegend, t.InsideLegend, t.Above, t.Below);
    }

    private string SmoothingNote(BetaPrior prior) =>
        !prior.Shrinks ? "" : double.IsPositiveInfinity(prior.Strength) ? Text.Compare.NoSmoothing
            : string.Format(CultureInfo.CurrentCulture, Text.Compare.SmoothMethod, prior.Tau2.ToString("0.######", CultureInfo.CurrentCulture), prior.Strength.ToString("#,##0.#", CultureInfo.CurrentCulture));

    private string DownloadHref => Link("download/compare.csv", ("unit", UnitCode), ("indicator", IndicatorId), ("period", Period), ("smooth", Smooth ? "eb" : null));

    private string CommunityName(string? code) => Result?.Rows.FirstOrDefault(r => r.Unit.Code == code)?.Unit.Name ?? code ?? "";

    private void Go(string? unit = null, string? indicator = null, string? period = null, bool? smooth = null, string? pick = null) =>
        Nav.NavigateTo(Link("compare", ("unit", unit ?? UnitCode), ("indicator", indicator ?? IndicatorId), ("period", period ?? Period),
            ("smooth", (smooth ?? Smooth) ? "eb" : null), ("pick", NullIfEmpty(pick ?? string.Join(',', PickedCodes)))));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
