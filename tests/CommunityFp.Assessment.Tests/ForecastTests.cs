using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Targets;

namespace CommunityFp.Assessment.Tests;

/// <summary>Forecasts of a share on synthetic trajectories, with their labels.</summary>
public class ForecastTests
{
    private static ShareObservation[] Trajectory(int units, params int[] attainingPerYear) =>
        [.. attainingPerYear.Select((a, i) => new ShareObservation(2005 + i, a, units))];

    private static (ShareForecast Forecast, TargetStatus Status) Label(ShareObservation[] data, double at, decimal target)
    {
        var forecast = ShareForecaster.Forecast(data, at, data[^1].Units);
        var lowerMeets = forecast.LowerUnits * 1m / forecast.Units >= target;
        var upperMeets = forecast.UpperUnits * 1m / forecast.Units >= target;
        return (forecast, lowerMeets ? TargetStatus.OnTrack : upperMeets ? TargetStatus.AtRisk : TargetStatus.OffTrack);
    }

    [Fact]
    public void A_steady_rise_well_past_the_target_is_on_track()
    {
        // 100 communities: 70%, 80%, 88% … heading for ~95% at the end of 2008, target 80%.
        var (forecast, status) = Label(Trajectory(100, 70, 80, 88), 2008, 0.80m);
        Assert.Equal(TargetStatus.OnTrack, status);
        Assert.Equal(ShareForecaster.TrendMethod, forecast.Method);
        Assert.True(forecast.Point > 0.9);
    }

    [Fact]
    public void A_flat_low_share_is_off_track()
    {
        var (_, status) = Label(Trajectory(100, 30, 31, 29), 2008, 0.90m);
        Assert.Equal(TargetStatus.OffTrack, status);
    }

    [Fact]
    public void A_share_heading_for_the_target_with_noise_is_at_risk()
    {
        var (forecast, status) = Label(Trajectory(40, 28, 34, 31, 36), 2009, 0.90m);
        Assert.Equal(TargetStatus.AtRisk, status);
        Assert.True(forecast.Lower < 0.90 && forecast.Upper >= 0.90);
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0 })]
    [InlineData(new[] { 10, 10, 10 })]
    [InlineData(new[] { 1, 5, 10 })]
    [InlineData(new[] { 10, 3 })]
    [InlineData(new[] { 7 })]
    public void Intervals_stay_within_0_and_1_and_contain_the_point(int[] attaining)
    {
        var forecast = ShareForecaster.Forecast(Trajectory(10, attaining), 2012, 10);
        Assert.InRange(forecast.Lower, 0, 1);
        Assert.InRange(forecast.Upper, 0, 1);
        Assert.InRange(forecast.Point, forecast.Lower, forecast.Upper);
    }

    [Fact]
    public void A_100_percent_target_reached_every_year_is_at_risk_not_on_track()
    {
        // Any honest interval leaves room for one of 50 communities to fail: the best label for "all" is at risk.
        var (forecast, status) = Label(Trajectory(50, 50, 50, 50), 2009, 1.00m);
        Assert.Equal(TargetStatus.AtRisk, status);
        Assert.Equal(50, forecast.PointUnits);
        Assert.Equal(50, forecast.UpperUnits);
    }

    [Fact]
    public void A_100_percent_target_with_a_share_stuck_at_60_percent_is_off_track()
    {
        var (_, status) = Label(Trajectory(50, 30, 31, 30), 2010, 1.00m);
        Assert.Equal(TargetStatus.OffTrack, status);
    }

    [Fact]
    public void A_single_year_falls_back_to_persistence_with_the_wilson_interval()
    {
        var forecast = ShareForecaster.Forecast(Trajectory(20, 17), 2009, 20);
        Assert.Equal(ShareForecaster.SingleYearMethod, forecast.Method);
        Assert.Equal(1, forecast.YearsUsed);
        Assert.Equal(17, forecast.PointUnits);
        Assert.Equal(13, forecast.LowerUnits); // Wilson 63.96% of 20 = 12.8 → 13
        Assert.Equal(19, forecast.UpperUnits); // 94.76% of 20 = 18.95 → 19
    }

    [Fact]
    public void Two_years_give_an_interval_from_the_sampling_noise_alone()
    {
        var forecast = ShareForecaster.Forecast(Trajectory(100, 60, 70), 2008, 100);
        Assert.Equal(2, forecast.YearsUsed);
        Assert.True(forecast.Lower < forecast.Point && forecast.Point < forecast.Upper);
    }

    [Fact]
    public void The_interval_widens_the_further_ahead_the_target_date()
    {
        var data = Trajectory(100, 60, 65, 72, 74);
        var near = ShareForecaster.Forecast(data, 2009, 100);
        var far = ShareForecaster.Forecast(data, 2012, 100);
        Assert.True(far.Upper - far.Lower > near.Upper - near.Lower);
    }
}
