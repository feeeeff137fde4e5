using System.Globalization;
using CommunityFp.Dashboard.Components.Pages.Assessment;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CommunityFp.Dashboard.Components.Pages.Report;

/// <summary>
/// The assessment report of a district or the city for a year, laid out for printing on A4 (report.css):
/// /report?unit=2202&amp;year=2007&amp;run=….
/// </summary>
public partial class ReportPage
{
    /// <summary>The unit reported on (default: the territory's root).</summary>
    [SupplyParameterFromQuery(Name = "unit")] public string? Unit { get; set; }

    /// <summary>The assessment year (default: the latest with a stored run).</summary>
    [SupplyParameterFromQuery(Name = "year")] public int? Year { get; set; }

    /// <summary>A stored run id (default: the year's latest run).</summary>
    [SupplyParameterFromQuery(Name = "run")] public string? Run { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;

    private AssessmentReport? Doc;
    private IReadOnlyDictionary<string, IndicatorInfo> Catalog = new Dictionary<string, IndicatorInfo>();

    private static AssessmentText T => UiText.Current.Assess;

    protected override async Task LoadAsync()
    {
        Doc = null;
        var choice = Data.HasAssessment() ? Data.ChooseRun(Year, Run) : null;
        if (choice is null) return;
        Catalog = Data.Indicators().ToDictionary(i => i.Id);
        Doc = await Data.ReportAsync(Unit, choice);
    }

    private Task PrintAsync() => JS.InvokeVoidAsync("print").AsTask();

    private static string ForecastText(TargetProgressRow? p) => p?.ForecastShare is { } f
        ? $"{AssessmentFormat.Percent(f)} [{AssessmentFormat.Percent(p.ForecastLow)}, {AssessmentFormat.Percent(p.ForecastHigh)}]" : "—";

    private static string Href(string unit, int year, string? run) =>
        Link("report", ("unit", unit), ("year", year.ToString(CultureInfo.InvariantCulture)), ("run", run));
}
