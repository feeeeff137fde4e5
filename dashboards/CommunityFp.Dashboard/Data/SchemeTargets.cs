using CommunityFp.Assessment;
using CommunityFp.Assessment.Schemes;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// The indicators' targets of the default scheme file of a year (<c>schemes/jilin-2007.jsonc</c> up to 2007,
/// <c>jilin-2010.jsonc</c> from 2008), for a year no stored run covers: the scorecard still colours against the policy.
/// </summary>
public static class SchemeTargets
{
    public static IReadOnlyDictionary<string, IndicatorTarget> DefaultFor(int year)
    {
        try
        {
            var community = DefaultSchemes.ForYear(year).Scheme.Level(AssessmentLevel.Community);
            return community is null ? new Dictionary<string, IndicatorTarget>()
                : community.Criteria.ToDictionary(c => c.Indicator,
                    c => new IndicatorTarget(c.Indicator, (double)c.Target, c.Direction == Direction.Lower ? "lower" : "higher"));
        }
        catch (Exception e) when (e is IOException or SchemeValidationException)
        {
            // No readable default scheme next to the binaries: no colouring rather than a failed page.
            return new Dictionary<string, IndicatorTarget>();
        }
    }
}
