using CommunityFp.Dashboard.Statistics;

namespace CommunityFp.Dashboard.Data;

// Compare communities (/compare): the funnel, the league table and communities side by side.
public sealed partial class DashboardData
{
    /// <summary>The indicators a funnel can show: proportions (binomial numerator of a denominator).</summary>
    public IReadOnlyList<IndicatorInfo> FunnelIndicators() => reader.Indicators().Where(i => i.Kind == "proportion").ToList();

    /// <summary>The communities under <paramref name="parent"/> for one proportion indicator and period, placed in the funnel.</summary>
    public async Task<Comparison> CompareAsync(OrgUnit parent, IndicatorInfo indicator, string period, bool smooth)
    {
        var values = reader.CommunityValues(await TerritoryAsync(), parent.Code, indicator.Id, PeriodTypeOf(period), period);
        return Compare(parent, indicator, period, values, smooth);
    }

    /// <summary>The comparison of given values (pure: the statistics only).</summary>
    public static Comparison Compare(OrgUnit parent, IndicatorInfo indicator, string period,
        IReadOnlyList<(OrgUnit Unit, IndicatorValue Value)> values, bool smooth)
    {
        var numerator = values.Sum(v => v.Value.Denominator > 0 ? v.Value.Numerator : 0);
        var denominator = values.Sum(v => v.Value.Denominator ?? 0);
        var pooled = denominator > 0 ? numerator / denominator : double.NaN;
        var prior = smooth ? EmpiricalBayes.Fit(values.Select(v => (v.Value.Numerator, v.Value.Denominator ?? 0)).ToList()) : null;
        var rows = values.Select(v =>
        {
            var n = v.Value.Denominator ?? 0;
            double? rate = n > 0 ? v.Value.Numerator / n : null;
            var position = rate is { } r && !double.IsNaN(pooled) ? FunnelLimits.Classify(pooled, (long)Math.Round(n), r) : FunnelPosition.Inside;
            var row = new ComparisonRow(v.Unit, v.Value.Numerator, n, rate, v.Value.CiLow, v.Value.CiHigh, position);
            if (prior is not { Shrinks: true } || n <= 0) return row;
            var interval = prior.Interval(v.Value.Numerator, n);
            return row with
            {
                SmoothedRate = prior.Smoothed(v.Value.Numerator, n), SmoothedLow = interval?.Low, SmoothedHigh = interval?.High,
                Shrinkage = prior.Shrinkage(n),
            };
        }).ToList();
        return new Comparison(parent, indicator, period, pooled, numerator, denominator, rows, prior);
    }

    /// <summary>Every catalogue indicator of each unit in one period; a refusal if any unit lies outside the territory.</summary>
    public async Task<SideBySide> SideBySideAsync(IReadOnlyList<OrgUnit> units, string period)
    {
        var territory = await TerritoryAsync();
        var values = units.ToDictionary(u => u.Code, u => (IReadOnlyDictionary<string, IndicatorValue>)
            reader.ValuesOf(territory, u.Code, PeriodTypeOf(period), period).ToDictionary(v => v.Indicator));
        return new SideBySide(period, units, reader.Indicators(), values);
    }
}
