using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Assessment;

public partial class CriteriaTable
{
    /// <summary>The unit's criteria in scheme order.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<CriterionScore> Criteria { get; set; } = [];

    /// <summary>The unit's score (Σ points rescaled over the weights that count; null without data).</summary>
    [Parameter] public double? Score { get; set; }

    /// <summary>The indicator catalogue, for names and kinds.</summary>
    [Parameter, EditorRequired] public IReadOnlyDictionary<string, IndicatorInfo> Catalog { get; set; } = new Dictionary<string, IndicatorInfo>();

    private static AssessmentText T => UiText.Current.Assess;

    private static bool English => UiText.IsEnglish(CultureInfo.CurrentUICulture);

    /// <summary>A criterion short of its target is marked; one whose shortfall could be noise is marked differently.</summary>
    internal static string? RowClass(CriterionScore c) => c.MeetsTarget switch
    {
        false when c.Fairness == "could_be_noise" => "cfp-short cfp-noise",
        false => "cfp-short",
        null => "cfp-nodata",
        _ => null,
    };

    // The numerator and denominator behind a proportion (17/20): leaders ask "of how many?".
    private static string Count(CriterionScore c) =>
        c.Numerator is { } n && c.Denominator is { } d ? $" ({n.ToString("#,##0", CultureInfo.CurrentCulture)}/{d.ToString("#,##0", CultureInfo.CurrentCulture)})" : "";
}
