using CommunityFp.Dashboard.Data;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CommunityFp.Dashboard.Components.Pages.Scorecard;

/// <summary>Org units × indicators for a year, with drill-down city → district → street → community:
/// /scorecard?unit=220202&amp;period=2007&amp;sort=births&amp;desc=true.</summary>
public partial class ScorecardPage
{
    /// <summary>The parent unit whose children are the rows (default: the territory's root).</summary>
    [SupplyParameterFromQuery(Name = "unit")] public string? UnitParameter { get; set; }

    /// <summary>The year (default: the latest).</summary>
    [SupplyParameterFromQuery(Name = "period")] public string? PeriodParameter { get; set; }

    /// <summary>The sort column: "name" or an indicator id.</summary>
    [SupplyParameterFromQuery(Name = "sort")] public string? Sort { get; set; }

    /// <summary>Descending sort.</summary>
    [SupplyParameterFromQuery(Name = "desc")] public bool Descending { get; set; }

    /// <summary>The columns: the headline indicators (default) or "assessment", the indicators the year's scheme assesses.</summary>
    [SupplyParameterFromQuery(Name = "set")] public string? Set { get; set; }

    private Data.Scorecard? Card;
    private IReadOnlyDictionary<string, IndicatorTarget> Targets = new Dictionary<string, IndicatorTarget>();
    private IReadOnlyList<string> Years = [];
    private List<BreadcrumbItem> Breadcrumbs = [];

    protected override async Task LoadAsync()
    {
        Card = null;
        Years = Data.Periods("year");
        var period = Years.Contains(PeriodParameter ?? "") ? PeriodParameter : Years.LastOrDefault();
        var unit = await Data.UnitOrRootAsync(UnitParameter);
        if (unit is null || period is null) return;
        Targets = Data.IndicatorTargets(period);
        Card = await Data.ScorecardAsync(unit, period, Set == AssessmentSet && Targets.Count > 0 ? Targets.Keys.ToList() : null);
        Breadcrumbs = (await Data.PathAsync(unit))
            .Select(u => new BreadcrumbItem(u.Name, Href(u.Code, Sort, Descending, period), disabled: u.Code == unit.Code)).ToList();
    }

    private string DownloadHref(string extension) => Link($"download/scorecard.{extension}", ("unit", Card!.Parent.Code), ("period", Card.Period));

    private string Href(string? unit, string? sort, bool descending, string period) => Href(unit, sort, descending, period, Set);

    private static string Href(string? unit, string? sort, bool descending, string period, string? set) =>
        Link("scorecard", ("unit", unit), ("period", period), ("sort", sort), ("desc", descending ? "true" : null), ("set", set));

    private const string AssessmentSet = "assessment";

    private Func<OrgUnit, string>? AssessmentHref => Targets.Count == 0 ? null
        : u => Link($"assessment/{Uri.EscapeDataString(u.Code)}", ("year", Card!.Period));
}
