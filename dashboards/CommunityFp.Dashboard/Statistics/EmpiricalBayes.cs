using MathNet.Numerics.Distributions;

namespace CommunityFp.Dashboard.Statistics;

/// <summary>
/// Empirical-Bayes smoothing of proportions (beta-binomial): each community's true rate θᵢ is drawn from a
/// Beta(a, b) prior fitted to the parent's communities by the method of moments, and its smoothed rate is the
/// posterior mean (yᵢ + a) / (nᵢ + a + b) — small communities are pulled towards the parent's rate, large ones hardly.
/// <para>Estimator (n-weighted moments, as DerSimonian–Laird for proportions): with N = Σnᵢ, the pooled rate
/// p̂ = Σyᵢ / N, the observed rates pᵢ = yᵢ / nᵢ and k communities,
/// E[Σ nᵢ(pᵢ − p̂)²] = τ²(N − Σnᵢ²/N) + (k − 1)·μ(1 − μ) when Var(pᵢ) ≈ τ² + μ(1 − μ)/nᵢ; so
/// τ̂² = max(0, [Σ nᵢ(pᵢ − p̂)² − (k − 1)·p̂(1 − p̂)] / (N − Σnᵢ²/N)).
/// The prior has mean p̂ and variance τ̂²: a + b = p̂(1 − p̂)/τ̂² − 1, a = p̂(a + b), b = (1 − p̂)(a + b).
/// τ̂² = 0 (no more spread than chance) shrinks every community to p̂; τ̂² ≥ p̂(1 − p̂) leaves the raw rates.</para>
/// </summary>
public static class EmpiricalBayes
{
    /// <summary>Fits the prior to the communities' (numerator, denominator) pairs; communities with n = 0 are ignored.</summary>
    public static BetaPrior Fit(IReadOnlyCollection<(double Numerator, double Denominator)> units)
    {
        var used = units.Where(u => u.Denominator > 0).ToList();
        var total = used.Sum(u => u.Denominator);
        if (used.Count == 0 || total <= 0) return new BetaPrior(double.NaN, 0, 0);
        var p = used.Sum(u => u.Numerator) / total;
        if (used.Count < 2) return new BetaPrior(p, 0, double.NaN);
        var spread = used.Sum(u => u.Denominator * Math.Pow(u.Numerator / u.Denominator - p, 2));
        var divisor = total - used.Sum(u => u.Denominator * u.Denominator) / total;
        var tau2 = divisor > 0 ? Math.Max(0, (spread - (used.Count - 1) * p * (1 - p)) / divisor) : 0;
        var strength = tau2 > 0 ? p * (1 - p) / tau2 - 1 : double.PositiveInfinity;
        return new BetaPrior(p, tau2, strength);
    }
}

/// <summary>
/// A fitted Beta prior: mean <see cref="Mean"/> (the pooled rate), between-community variance <see cref="Tau2"/> and
/// prior strength a + b (<see cref="Strength"/>: ∞ = shrink fully to the mean, ≤ 0 = no shrinkage).
/// </summary>
public sealed record BetaPrior(double Mean, double Tau2, double Strength)
{
    public double A => Mean * Strength;
    public double B => (1 - Mean) * Strength;

    /// <summary>Whether smoothing applies (a proper prior with positive strength).</summary>
    public bool Shrinks => !double.IsNaN(Mean) && Strength > 0;

    /// <summary>The posterior mean (yᵢ + a)/(nᵢ + a + b); the raw rate when the prior does not shrink.</summary>
    public double Smoothed(double numerator, double denominator)
    {
        if (!Shrinks) return denominator > 0 ? numerator / denominator : double.NaN;
        if (double.IsPositiveInfinity(Strength)) return Mean;
        return (numerator + A) / (denominator + Strength);
    }

    /// <summary>The weight of the prior in the smoothed rate, (a + b)/(nᵢ + a + b): 0 = raw rate, 1 = the mean.</summary>
    public double Shrinkage(double denominator) =>
        !Shrinks ? 0 : double.IsPositiveInfinity(Strength) ? 1 : Strength / (denominator + Strength);

    /// <summary>The central 95% posterior interval Beta(yᵢ + a, nᵢ − yᵢ + b); null when the prior does not shrink or is degenerate.</summary>
    public (double Low, double High)? Interval(double numerator, double denominator)
    {
        if (!Shrinks || double.IsPositiveInfinity(Strength) || A <= 0 || B <= 0) return null;
        var a = numerator + A;
        var b = denominator - numerator + B;
        return (Beta.InvCDF(a, b, 0.025), Beta.InvCDF(a, b, 0.975));
    }
}
