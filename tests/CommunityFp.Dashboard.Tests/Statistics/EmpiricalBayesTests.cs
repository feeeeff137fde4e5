using CommunityFp.Dashboard.Statistics;

namespace CommunityFp.Dashboard.Tests.Statistics;

/// <summary>Beta-binomial empirical Bayes (method of moments) against values computed by hand.</summary>
public sealed class EmpiricalBayesTests
{
    // (10, 100), (30, 100), (20, 100): p̂ = 0.2; Σ n(p − p̂)² = 2; (k − 1)·p̂(1 − p̂) = 0.32; N − Σn²/N = 200
    // → τ² = 1.68/200 = 0.0084; a + b = 0.16/0.0084 − 1 = 18.047619; a = 3.609524.
    private static readonly (double, double)[] Three = [(10, 100), (30, 100), (20, 100)];

    [Fact]
    public void The_prior_is_fitted_by_the_method_of_moments()
    {
        var prior = EmpiricalBayes.Fit(Three);
        Assert.Equal(0.2, prior.Mean, 12);
        Assert.Equal(0.0084, prior.Tau2, 12);
        Assert.Equal(18.047619, prior.Strength, 5);
        Assert.Equal(3.609524, prior.A, 5);
    }

    [Fact]
    public void Smoothed_rates_are_the_posterior_means_pulled_towards_the_pooled_rate()
    {
        var prior = EmpiricalBayes.Fit(Three);
        Assert.Equal(0.1152884, prior.Smoothed(10, 100), 6); // (10 + 3.609524) / 118.047619
        Assert.Equal(0.2847116, prior.Smoothed(30, 100), 6);
        Assert.Equal(0.2, prior.Smoothed(20, 100), 12);
        Assert.Equal(0.1528842, prior.Shrinkage(100), 6);    // 18.047619 / 118.047619
    }

    [Fact]
    public void A_small_community_is_shrunk_more_than_a_large_one_with_the_same_rate()
    {
        var prior = EmpiricalBayes.Fit(Three);
        Assert.True(Math.Abs(prior.Smoothed(1, 10) - 0.2) < Math.Abs(prior.Smoothed(100, 1000) - 0.2));
        Assert.True(prior.Shrinkage(10) > prior.Shrinkage(1000));
    }

    [Fact]
    public void The_posterior_interval_contains_the_smoothed_rate()
    {
        var prior = EmpiricalBayes.Fit(Three);
        var (low, high) = prior.Interval(10, 100)!.Value;
        Assert.InRange(prior.Smoothed(10, 100), low, high);
        Assert.True(low > 0.05 && high < 0.2, $"{low} – {high}");
    }

    [Fact]
    public void Communities_that_differ_no_more_than_chance_are_all_smoothed_to_the_pooled_rate()
    {
        var prior = EmpiricalBayes.Fit([(20, 100), (20, 100), (21, 100)]);
        Assert.Equal(0, prior.Tau2);
        Assert.Equal(61.0 / 300, prior.Smoothed(20, 100), 12);
        Assert.Equal(1, prior.Shrinkage(100));
    }

    [Fact]
    public void Communities_without_a_denominator_do_not_enter_the_fit()
    {
        var with = EmpiricalBayes.Fit([.. Three, (0, 0)]);
        Assert.Equal(EmpiricalBayes.Fit(Three), with);
    }
}
