using CommunityFp.Dashboard.Statistics;

namespace CommunityFp.Dashboard.Tests.Statistics;

/// <summary>Funnel limits against values computed by hand from the binomial distribution (docs/dashboard.md, "Compare communities").</summary>
public sealed class FunnelLimitsTests
{
    [Fact]
    public void The_95_percent_lower_limit_at_p_half_and_n_10_is_the_interpolated_binomial_quantile()
    {
        // Binomial(10, 0.5): F(1) = 11/1024, F(2) = 56/1024; r = 2, α = (56/1024 − 0.025) / (45/1024) = 0.675556 → (2 − α)/10.
        Assert.Equal(0.1324444, FunnelLimits.Exact(0.5, 10, 0.025), 6);
    }

    [Fact]
    public void The_upper_limit_mirrors_the_lower_one_so_a_symmetric_distribution_gives_symmetric_limits()
    {
        var (low, high) = FunnelLimits.Limits(0.5, 10, FunnelLimits.Inner);
        Assert.Equal(0.1324444, low, 6);
        Assert.Equal(0.8675556, high, 6);
    }

    [Fact]
    public void The_998_lower_limit_at_p_half_and_n_10_is_hand_computed()
    {
        // F(0) = 1/1024 < 0.001 ≤ F(1) = 11/1024: r = 1, α = (11/1024 − 0.001)/(10/1024) = 0.9976 → 0.00024.
        Assert.Equal(0.00024, FunnelLimits.Limits(0.5, 10, FunnelLimits.Outer).Low, 8);
    }

    [Fact]
    public void A_skewed_small_community_gets_a_limit_of_zero_below_and_the_hand_computed_one_above()
    {
        // p0 = 0.2, n = 5. Lower: F(0) = 0.8⁵ = 0.32768 ≥ 0.025 → below zero, clamped.
        // Upper: 1 − lower of Binomial(5, 0.8): F(1) = 0.00672, F(2) = 0.05792 → r = 2, α = 0.03292/0.0512 → 1 − (2 − α)/5.
        var (low, high) = FunnelLimits.Limits(0.2, 5, FunnelLimits.Inner);
        Assert.Equal(0, low);
        Assert.Equal(0.7285938, high, 6);
    }

    [Theory]
    [InlineData(0.5, 10, 8, FunnelPosition.Inside)]      // P(R ≥ 8) = 0.0547 > 0.025
    [InlineData(0.5, 10, 9, FunnelPosition.AboveInner)]  // P(R ≥ 9) = 0.0107 < 0.025 but > 0.001
    [InlineData(0.5, 10, 10, FunnelPosition.AboveOuter)] // P(R ≥ 10) = 0.00098 < 0.001
    [InlineData(0.5, 10, 1, FunnelPosition.BelowInner)]
    [InlineData(0.5, 10, 0, FunnelPosition.BelowOuter)]
    [InlineData(0.5, 10, 2, FunnelPosition.Inside)]
    [InlineData(0.2, 5, 4, FunnelPosition.AboveInner)]   // P(R ≥ 4) = 0.00672
    [InlineData(0.2, 5, 3, FunnelPosition.Inside)]       // P(R ≥ 3) = 0.05792
    public void A_whole_count_is_outside_exactly_when_its_binomial_tail_is_below_the_limit(double p0, long n, int y, FunnelPosition expected) =>
        Assert.Equal(expected, FunnelLimits.Classify(p0, n, (double)y / n));

    [Theory]
    [InlineData(0.3, 10_000, 0.975, 1.959964)]
    [InlineData(0.3, 10_000, 0.999, 3.090232)]
    [InlineData(0.9, 5_000, 0.025, -1.959964)]
    public void For_large_denominators_the_exact_limits_approach_the_normal_approximation(double p0, long n, double q, double z) =>
        Assert.Equal(FunnelLimits.Normal(p0, n, z), FunnelLimits.Exact(p0, n, q), 3);

    [Fact]
    public void The_normal_approximation_is_p_plus_z_standard_errors() =>
        Assert.Equal(0.598, FunnelLimits.Normal(0.5, 100, 1.96), 10);

    [Fact]
    public void The_funnel_narrows_as_the_denominator_grows()
    {
        var widths = new long[] { 10, 100, 1000, 10000 }.Select(n => FunnelLimits.Limits(0.85, n, FunnelLimits.Outer)).Select(l => l.High - l.Low).ToList();
        Assert.True(widths.Zip(widths.Skip(1)).All(p => p.First > p.Second), string.Join(", ", widths));
    }

    [Fact]
    public void A_pooled_rate_of_zero_or_one_has_no_spread()
    {
        Assert.Equal((0.0, 0.0), FunnelLimits.Limits(0, 50, FunnelLimits.Inner));
        Assert.Equal((1.0, 1.0), FunnelLimits.Limits(1, 50, FunnelLimits.Inner));
    }
}
