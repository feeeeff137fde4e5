using CommunityFp.Assessment.Numbers;
using CommunityFp.Assessment.Results;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace CommunityFp.Assessment.Targets;

/// <summary>One year's observed share: <see cref="Attaining"/> of <see cref="Units"/> units.</summary>
public sealed record ShareObservation(int Year, int Attaining, int Units);

/// <summary>
/// Forecasts a share of units at a date from its yearly trend: a straight line on the empirical logit of the share,
/// with a 95% prediction interval, back-transformed (so it stays in (0, 1)) and rounded to the grid k/N of the
/// units that exist. docs/assessment-forecast.md explains the choice.
/// </summary>
public static class ShareForecaster
{
    public const string TrendMethod = "logit_linear_trend";
    public const string SingleYearMethod = "single_year_persistence";

    /// <param name="observations">years with at least one unit, any order.</param>
    /// <param name="at">the target date as a fractional year (31 Dec of Y is Y).</param>
    /// <param name="units">N: the units the share will be taken over (those of the latest year).</param>
    public static ShareForecast Forecast(IReadOnlyList<ShareObservation> observations, double at, int units)
    {
        var data = observations.Where(o => o.Units > 0).OrderBy(o => o.Year).ToArray();
        if (data.Length == 0) throw new ArgumentException("A forecast needs at least one year with units.", nameof(observations));
        if (units <= 0) throw new ArgumentOutOfRangeException(nameof(units));
        return data.Length == 1 ? Persistence(data[0], units) : Trend(data, at, units);
    }

    /// <summary>One year: no trend can be estimated; the share is assumed to persist, with its Wilson interval.</summary>
    private static ShareForecast Persistence(ShareObservation only, int units)
    {
        var interval = WilsonInterval.Of(only.Attaining, only.Units);
        return OnGrid(SingleYearMethod, 1, (double)only.Attaining / only.Units, interval.Lower, interval.Upper, units);
    }

    private static ShareForecast Trend(ShareObservation[] data, double at, int units)
    {
        var x = data.Select(o => (double)o.Year).ToArray();
        var z = data.Select(o => EmpiricalLogit(o.Attaining, o.Units)).ToArray();
        var v = data.Select(o => 1 / (o.Attaining + 0.5) + 1 / (o.Units - o.Attaining + 0.5)).ToArray();
        var (intercept, slope) = Fit.Line(x, z);
        var k = data.Length;
        var meanX = x.Average();
        var sxx = x.Sum(xi => (xi - meanX) * (xi - meanX));
        var predicted = intercept + slope * at;

        // Binomial noise of each year's share, carried through the fitted line to the target date.
        var weights = x.Select(xi => 1.0 / k + (at - meanX) * (xi - meanX) / sxx).ToArray();
        var halfWidth = WilsonInterval.Z95 * Math.Sqrt(weights.Select((w, i) => w * w * v[i]).Sum());
        if (k >= 3)
        {
            // Departures from the line, as the classical t-based prediction interval of a regression.
            var residual = Enumerable.Range(0, k).Sum(i => Math.Pow(z[i] - (intercept + slope * x[i]), 2)) / (k - 2);
            var t = StudentT.InvCDF(0, 1, k - 2, 0.975);
            halfWidth = Math.Max(halfWidth, t * Math.Sqrt(residual * (1 + 1.0 / k + (at - meanX) * (at - meanX) / sxx)));
        }
        return OnGrid(TrendMethod, k, Expit(predicted), Expit(predicted - halfWidth), Expit(predicted + halfWidth), units);
    }

    /// <summary>ln((a + ½) ÷ (n − a + ½)): finite at 0 and 100%, nearly unbiased for the logit.</summary>
    public static double EmpiricalLogit(int attaining, int units) => Math.Log((attaining + 0.5) / (units - attaining + 0.5));

    private static double Expit(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>A share of N units can only be k/N: each value is rounded to the nearest achievable share.</summary>
    private static ShareForecast OnGrid(string method, int years, double point, double lower, double upper, int units)
    {
        int Units(double share) => (int)Math.Round(share * units, MidpointRounding.AwayFromZero);
        double Share(int count) => WilsonInterval.Round((double)count / units);
        int p = Units(point), l = Units(lower), u = Units(upper);
        return new ShareForecast(method, years, units, Share(p), Share(l), Share(u), p, l, u);
    }
}
