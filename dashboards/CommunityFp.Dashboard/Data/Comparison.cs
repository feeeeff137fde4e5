using CommunityFp.Dashboard.Statistics;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// A fair comparison of the communities under a unit (社区比较) for one proportion indicator and period: the funnel
/// (each community's rate against its denominator, limits around the pooled rate) and the league table.
/// </summary>
public sealed record Comparison(
    OrgUnit Parent, IndicatorInfo Indicator, string Period, double PooledRate, double Numerator, double Denominator,
    IReadOnlyList<ComparisonRow> Rows, BetaPrior? Prior)
{
    /// <summary>Communities with a denominator (the ones plotted).</summary>
    public IEnumerable<ComparisonRow> Plotted => Rows.Where(r => r.Denominator > 0);

    /// <summary>Whether empirical-Bayes smoothed rates were asked for and could be fitted.</summary>
    public bool Smoothed => Prior is { Shrinks: true };
}

/// <summary>
/// One community of a comparison: its numerator, denominator and rate with the mart's 95% Wilson interval, its place
/// in the funnel, and (when smoothing is on) its empirical-Bayes rate, interval and shrinkage weight.
/// </summary>
public sealed record ComparisonRow(
    OrgUnit Unit, double Numerator, double Denominator, double? Rate, double? CiLow, double? CiHigh,
    FunnelPosition Position, double? SmoothedRate = null, double? SmoothedLow = null, double? SmoothedHigh = null,
    double? Shrinkage = null);

/// <summary>Two to four communities side by side: every catalogue indicator of each in one period.</summary>
public sealed record SideBySide(string Period, IReadOnlyList<OrgUnit> Units, IReadOnlyList<IndicatorInfo> Indicators,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IndicatorValue>> Values)
{
    public IndicatorValue? ValueOf(string orgCode, string indicator) =>
        Values.TryGetValue(orgCode, out var v) ? v.GetValueOrDefault(indicator) : null;
}
