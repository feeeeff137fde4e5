using System.Globalization;
using CommunityFp.Dashboard.Components.Pages.Assessment;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Vetoes;

/// <summary>
/// Every one-vote veto of a year in the user's territory: rule, value, origin and propagation, evidence records
/// (keys only; evidence outside the territory is never read): /vetoes?year=2007&amp;run=….
/// </summary>
public partial class VetoReviewPage
{
    /// <summary>The assessment year (default: the latest with a stored run).</summary>
    [SupplyParameterFromQuery(Name = "year")] public int? Year { get; set; }

    /// <summary>A stored run id (default: the year's latest run).</summary>
    [SupplyParameterFromQuery(Name = "run")] public string? Run { get; set; }

    private VetoReview? Review;
    private IReadOnlyDictionary<string, IndicatorInfo> Catalog = new Dictionary<string, IndicatorInfo>();

    private static AssessmentText T => UiText.Current.Assess;

    protected override async Task LoadAsync()
    {
        Review = null;
        var choice = Data.HasAssessment() ? Data.ChooseRun(Year, Run) : null;
        if (choice is null) return;
        Catalog = Data.Indicators().ToDictionary(i => i.Id);
        Review = await Data.VetoReviewAsync(choice);
    }

    private string UnitHref(string code) => AssessmentPage.Href(code, Review!.Choice.Run.Year, Review.Choice.Run.RunId);

    private static string Href(int year, string? run) => Link("vetoes", ("year", year.ToString(CultureInfo.InvariantCulture)), ("run", run));
}
