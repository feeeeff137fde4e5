using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CommunityFp.Dashboard.Components.Pages.Assessment;

/// <summary>The assessment of one unit: /assessment/220202001001?year=2007&amp;run=2007-a03dceabe833.</summary>
public partial class AssessmentPage
{
    /// <summary>The unit's org code.</summary>
    [Parameter] public string Code { get; set; } = "";

    /// <summary>The assessment year (default: the latest with a stored run).</summary>
    [SupplyParameterFromQuery(Name = "year")] public int? Year { get; set; }

    /// <summary>A stored run id (default: the year's latest run).</summary>
    [SupplyParameterFromQuery(Name = "run")] public string? Run { get; set; }

    private RunChoice? Choice;
    private UnitAssessment? View;
    private IReadOnlyDictionary<string, IndicatorInfo> Catalog = new Dictionary<string, IndicatorInfo>();
    private IReadOnlyDictionary<(string Level, string Id), string> StandardNames = new Dictionary<(string, string), string>();
    private List<BreadcrumbItem> Breadcrumbs = [];

    private static AssessmentText T => UiText.Current.Assess;

    protected override async Task LoadAsync()
    {
        View = null;
        Choice = Data.HasAssessment() ? Data.ChooseRun(Year, Run) : null;
        if (Choice is null) return;
        View = await Data.UnitAssessmentAsync(Code, Choice);
        if (View is null) return;
        Catalog = Data.Indicators().ToDictionary(i => i.Id);
        StandardNames = Data.StandardNames(Choice.Run.RunId);
        Breadcrumbs = (await Data.PathAsync(View.Unit))
            .Select(u => new BreadcrumbItem(u.Name, Href(u.Code, Choice.Run.Year, Choice.Run.RunId), disabled: u.Code == View.Unit.Code)).ToList();
    }

    private string HighestLabel(AssessedUnit result) => result.HighestStandard is { } id
        ? T.StandardLabel(id, DashboardData.StandardName(StandardNames, result.Level, id)) : T.None;

    private string ReportHref => Link("report", ("unit", View!.Unit.Level <= 2 ? View.Unit.Code : null), ("year", View.Choice.Run.Year.ToString(CultureInfo.InvariantCulture)), ("run", View.Choice.Run.RunId));

    /// <summary>The URL of a unit's assessment in a year (and run, when one is named).</summary>
    internal static string Href(string code, int year, string? run) =>
        Link($"assessment/{Uri.EscapeDataString(code)}", ("year", year.ToString(CultureInfo.InvariantCulture)), ("run", run));
}
