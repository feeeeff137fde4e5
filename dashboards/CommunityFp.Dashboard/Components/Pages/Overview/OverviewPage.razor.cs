using CommunityFp.Dashboard.Data;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Overview;

/// <summary>The landing page (city leadership): headline indicators of the territory and their change against the previous year.</summary>
public partial class OverviewPage
{
    /// <summary>The year shown (default: the latest the warehouse covers).</summary>
    [SupplyParameterFromQuery(Name = "year")] public string? YearParameter { get; set; }

    private OrgUnit? Unit;
    private string? Year;
    private IReadOnlyList<string> Years = [];
    private IReadOnlyList<Headline> Headlines = [];
    private OverviewAssessment? Assessment;

    protected override async Task LoadAsync()
    {
        Unit = await Data.RootUnitAsync();
        Years = Data.Periods("year");
        Year = Years.Contains(YearParameter ?? "") ? YearParameter : Years.LastOrDefault();
        Headlines = Unit is null || Year is null ? [] : await Data.HeadlinesAsync(Unit, Year);
        Assessment = int.TryParse(Year, System.Globalization.CultureInfo.InvariantCulture, out var y) ? await Data.OverviewAssessmentAsync(y) : null;
    }
}
