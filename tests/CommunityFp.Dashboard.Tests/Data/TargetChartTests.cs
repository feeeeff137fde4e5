using CommunityFp.Dashboard.Charts;
using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>The target trajectory chart: a PNG with a title and a text alternative that carries the numbers.</summary>
public sealed class TargetChartTests
{
    private static readonly TargetProgressRow Hexie = new(2009, 0, "2202", "community", "hexie", ">= 1", new DateOnly(2010, 12, 31),
        [new(2008, 10, 26), new(2009, 15, 26)], 15.0 / 26, 11.0 / 26, 0.75, 0.55, 0.95, "off_track", "");

    [Fact]
    public void The_chart_is_a_png_with_a_legend_for_share_target_and_forecast()
    {
        var chart = TargetChart.Render(Hexie, "和谐比例（目标 100.0%，2010 前）", "折线图", english: false);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png[..4]);
        Assert.Equal(3, chart.Legend.Count);
        Assert.Equal("和谐比例（目标 100.0%，2010 前）", chart.Title);
    }

    [Fact]
    public void The_text_alternative_gives_each_years_share_and_the_forecast_with_its_interval()
    {
        var text = TargetChart.Describe(Hexie, "Share Harmonious", "Line chart", english: true);
        Assert.Equal("Line chart — Share Harmonious. 2008 38.5% (10/26), 2009 57.7% (15/26); forecast for 2010: 75.0% (95% interval 55.0% to 95.0%)", text);
    }

    [Fact]
    public void A_target_condition_gives_its_threshold()
    {
        Assert.Equal(1, Hexie.Required);
        Assert.Equal(0.9, TargetCondition.Threshold(">= 0.90"));
        Assert.Null(TargetCondition.Threshold("many"));
    }

    [Fact]
    public void A_runs_chart_is_rendered_once_per_title_and_language()
    {
        var first = TargetChart.Render(Hexie, "cache", "alt", english: true);
        Assert.Same(first, TargetChart.Render(Hexie, "cache", "alt", english: true));
        Assert.NotSame(first, TargetChart.Render(Hexie, "cache", "alt", english: false));
    }
}
