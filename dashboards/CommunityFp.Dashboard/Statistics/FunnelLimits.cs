using MathNet.Numerics.Distributions;

namespace CommunityFp.Dashboard.Statistics;

/// <summary>
/// Control limits of a funnel plot for a proportion: around the parent's pooled rate p₀, for a denominator n, the
/// exact binomial quantiles interpolated into a smooth funnel (Spiegelhalter 2005, "Funnel plots for comparing
/// institutional performance", appendix A.1.1). Lower limit at tail probability q (0.025 for 95%, 0.001 for 99.8%):
/// r = the smallest integer with F(r) ≥ q, F the Binomial(n, p₀) distribution function;
/// α = (F(r) − q) / (F(r) − F(r − 1)); limit = (r − α) / n. The upper limit is its mirror image, one minus the lower
/// limit of n − R ~ Binomial(n, 1 − p₀), so that a whole count y lies outside exactly when its own tail probability,
/// P(R ≤ y) or P(R ≥ y), is below q: the interpolation only joins the steps, it never moves a decision.
/// Exact rather than the normal approximation p₀ ± z·√(p₀(1 − p₀)/n) (<see cref="Normal"/>, kept for comparison),
/// because communities are small and many rates lie near 0 or 1, where the normal limits are wrong on both sides.
/// </summary>
public static class FunnelLimits
{
    /// <summary>The two-sided coverages drawn: 95% (alert) and 99.8% (alarm).</summary>
    public const double Inner = 0.95, Outer = 0.998;

    /// <summary>The exact binomial limit (a proportion) at tail probability <paramref name="q"/>: a lower limit for q &lt; 0.5, an upper one above.</summary>
    public static double Exact(double p0, long n, double q)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), "a funnel limit needs a positive denominator");
        return q < 0.5 ? Lower(p0, n, q) : 1 - Lower(1 - p0, n, 1 - q);
    }

    private static double Lower(double p0, long n, double q)
    {
        if (p0 <= 0) return 0;
        if (p0 >= 1) return 1;
        double F(long r) => r < 0 ? 0 : r >= n ? 1 : Binomial.CDF(p0, (int)n, r);
        // Binary search for the smallest r with F(r) ≥ q (F is non-decreasing in r).
        long lo = 0, hi = n;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (F(mid) >= q) hi = mid; else lo = mid + 1;
        }
        var fr = F(lo);
        var fPrev = F(lo - 1);
        var alpha = fr - fPrev > 0 ? (fr - q) / (fr - fPrev) : 0;
        return Math.Clamp((lo - alpha) / n, 0, 1);
    }

    /// <summary>The normal approximation p₀ + z·√(p₀(1 − p₀)/n), for reference and comparison (not drawn).</summary>
    public static double Normal(double p0, long n, double z) => p0 + z * Math.Sqrt(p0 * (1 - p0) / n);

    /// <summary>The lower and upper limit of a two-sided <paramref name="coverage"/> (0.95 or 0.998).</summary>
    public static (double Low, double High) Limits(double p0, long n, double coverage)
    {
        var tail = (1 - coverage) / 2;
        return (Exact(p0, n, tail), Exact(p0, n, 1 - tail));
    }

    /// <summary>Where an observed rate <paramref name="rate"/> with denominator n lies against the limits around p₀.</summary>
    public static FunnelPosition Classify(double p0, long n, double rate)
    {
        if (n <= 0) return FunnelPosition.Inside;
        var (lowOuter, highOuter) = Limits(p0, n, Outer);
        if (rate > highOuter) return FunnelPosition.AboveOuter;
        if (rate < lowOuter) return FunnelPosition.BelowOuter;
        var (lowInner, highInner) = Limits(p0, n, Inner);
        if (rate > highInner) return FunnelPosition.AboveInner;
        if (rate < lowInner) return FunnelPosition.BelowInner;
        return FunnelPosition.Inside;
    }
}

/// <summary>A community's place in the funnel: inside the 95% limits, between 95% and 99.8%, or beyond 99.8%.</summary>
public enum FunnelPosition
{
    Inside,
    AboveInner,
    BelowInner,
    AboveOuter,
    BelowOuter,
}

public static class FunnelPositionExtensions
{
    /// <summary>Outside the 95% limits (either side).</summary>
    public static bool IsOutside(this FunnelPosition p) => p != FunnelPosition.Inside;

    /// <summary>Outside the 99.8% limits (either side).</summary>
    public static bool IsOutsideOuter(this FunnelPosition p) => p is FunnelPosition.AboveOuter or FunnelPosition.BelowOuter;

    /// <summary>+1 above, −1 below, 0 inside.</summary>
    public static int Side(this FunnelPosition p) => p switch
    {
        FunnelPosition.AboveInner or FunnelPosition.AboveOuter => 1,
        FunnelPosition.BelowInner or FunnelPosition.BelowOuter => -1,
        _ => 0,
    };
}
