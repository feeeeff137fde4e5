namespace CommunityFp.Assessment.Numbers;

/// <summary>A 95% interval of a proportion, bounds in [0, 1].</summary>
public sealed record Interval(double Lower, double Upper);

/// <summary>The 95% Wilson score interval of indicators.md: sound for small denominators and for 0 or 100%.</summary>
public static class WilsonInterval
{
    /// <summary>The 97.5% quantile of the standard normal distribution.</summary>
    public const double Z95 = 1.959963984540054;

    public static Interval Of(long successes, long trials)
    {
        if (trials <= 0) throw new ArgumentOutOfRangeException(nameof(trials), "A Wilson interval needs at least one trial.");
        if (successes < 0 || successes > trials) throw new ArgumentOutOfRangeException(nameof(successes));
        double n = trials, p = successes / n, z2 = Z95 * Z95;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var half = Z95 / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // The exact ends: 0 successes gives lower 0, all successes upper 1 (no floating residue).
        var lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        var upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new Interval(Round(lower), Round(upper));
    }

    /// <summary>Ten decimals: stable across platforms, far below any meaningful difference.</summary>
    internal static double Round(double value) => Math.Round(value, 10, MidpointRounding.AwayFromZero);
}
