using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;

namespace CommunityFp.Dashboard.Components.Pages.Assessment;

/// <summary>How the assessment pages write values: proportions as percentages, counts whole, points to two places.</summary>
public static class AssessmentFormat
{
    private const string SharePrefix = "share_of_children_attaining:";

    /// <summary>0.8857 → 88.6% (in the UI culture); "—" for null.</summary>
    public static string Percent(double? value) => value is { } v ? v.ToString("0.0%", CultureInfo.CurrentCulture) : "—";

    /// <summary>A score or points: up to two decimals.</summary>
    public static string Points(double? value) => value is { } v ? v.ToString("#,##0.##", CultureInfo.CurrentCulture) : "—";

    /// <summary>A value of an indicator as its kind reads: proportions in %, counts whole, rates and ratios to two places.</summary>
    public static string Value(double? value, string indicator, IReadOnlyDictionary<string, IndicatorInfo> catalog) =>
        value is null ? "—"
        : IsProportion(indicator, catalog) ? Percent(value)
        : value.Value.ToString(Math.Abs(value.Value % 1) < 1e-9 ? "#,##0" : "#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>The 95% interval "[81.2%, 93.0%]"; "—" without one.</summary>
    public static string Interval(double? low, double? high, string indicator, IReadOnlyDictionary<string, IndicatorInfo> catalog) =>
        low is null || high is null ? "—" : $"[{Value(low, indicator, catalog)}, {Value(high, indicator, catalog)}]";

    /// <summary>A scheme condition ("&gt;= 0.90") with its number written as the indicator reads (≥ 90.0%).</summary>
    public static string Condition(string condition, string indicator, IReadOnlyDictionary<string, IndicatorInfo> catalog)
    {
        var op = new string(condition.TakeWhile(ch => ch is '<' or '>' or '=' or ' ').ToArray()).Trim();
        var symbol = op switch { ">=" => "≥", "<=" => "≤", "=" => "=", _ => op };
        return TargetCondition.Threshold(condition) is { } n ? $"{symbol} {Value(n, indicator, catalog)}" : condition;
    }

    /// <summary>An indicator's name in the UI language, including the parent-only share of children attaining a standard.</summary>
    public static string IndicatorName(string indicator, IReadOnlyDictionary<string, IndicatorInfo> catalog, bool english)
    {
        if (indicator.StartsWith(SharePrefix, StringComparison.Ordinal))
        {
            var id = indicator[SharePrefix.Length..];
            var t = UiText.Current.Assess;
            var name = id switch { "dabiao" => "达标", "xianjin" => "先进", "hexie" => "和谐", _ => id };
            return string.Format(CultureInfo.CurrentCulture, t.ShareOfChildren, t.StandardLabel(id, name));
        }
        return catalog.TryGetValue(indicator, out var info) ? info.Name(english) : indicator;
    }

    private static bool IsProportion(string indicator, IReadOnlyDictionary<string, IndicatorInfo> catalog) =>
        indicator.StartsWith(SharePrefix, StringComparison.Ordinal) || (catalog.TryGetValue(indicator, out var info) && info.Kind == "proportion");
}
