using CommunityFp.Dashboard.Charts;
using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Tests.Data;

public sealed class TrendChartTests
{
    private static readonly IndicatorInfo Births = new("births", "出生数", "Births", "count", 1, null);
    private static readonly OrgUnit Street = new("220202001", "延安街道", 3, "220202");

    private static TrendSeries Series(params double?[] values) => new(Street, Births,
        values.Select((v, i) => new IndicatorValue("births", Street.Code, "month", $"2007-{i + 1:00}", v ?? 0, null, v, null, null)).ToList());

    [Fact]
    public void A_chart_renders_to_a_png_of_the_requested_size()
    {
        var chart = TrendChart.Render([Series(3, 5, 4)], "出生数：延安街道", "折线图", english: false, width: 600, height: 300);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png[..4]);
        // PNG IHDR: width and height, big-endian, at bytes 16–23
        Assert.Equal(600, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(chart.Png.AsSpan(16, 4)));
        Assert.Equal(300, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(chart.Png.AsSpan(20, 4)));
        Assert.StartsWith("data:image/png;base64,", chart.DataUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_line_has_a_legend_entry_with_its_name_and_a_distinct_colour()
    {
        var other = Series(1, 2) with { Unit = new OrgUnit("220202001001", "临江社区", 4, "220202001") };
        var chart = TrendChart.Render([Series(3, 5, 4), other], "出生数", "折线图", english: false, width: 300, height: 200);
        Assert.Equal(["延安街道", "临江社区"], chart.Legend.Select(l => l.Name));
        Assert.All(chart.Legend, l => Assert.Matches("^#[0-9A-Fa-f]{6}$", l.Color));
        Assert.NotEqual(chart.Legend[0].Color, chart.Legend[1].Color);
    }

    [Fact]
    public void The_text_alternative_names_the_series_and_its_first_last_lowest_and_highest_values()
    {
        var description = TrendChart.Describe([Series(3, 5, 4)], "出生数：延安街道", "折线图", english: false);
        Assert.Equal("折线图 — 出生数：延安街道. 延安街道：2007-01 为 3，2007-03 为 4，最低 3，最高 5", description);
    }

    [Fact]
    public void The_english_text_alternative_says_when_a_series_has_no_data()
    {
        var description = TrendChart.Describe([new TrendSeries(Street, Births, [])], "Births", "Line chart", english: true);
        Assert.EndsWith("延安街道: no data", description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_font_is_the_cjk_font_installed_by_the_setup_script()
    {
        Assert.Equal("Noto Sans CJK SC", TrendChart.FontName);
        Assert.True(File.Exists("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            "fonts-noto-cjk is not installed: run scripts/setup.sh (apt-get install -y fonts-noto-cjk); charts would show boxes for Chinese");
    }

    [Fact]
    public void A_target_is_a_dashed_line_named_in_the_legend_and_the_text_alternative()
    {
        var chart = TrendChart.Render([Series(3, 5, 4)], "t", "折线图", english: false, target: new ChartTarget(4.5, "目标 ≥ 4.5"));
        Assert.Equal(["延安街道", "目标 ≥ 4.5"], chart.Legend.Select(l => l.Name));
        Assert.EndsWith("；目标 ≥ 4.5", chart.Description, StringComparison.Ordinal);
        var without = TrendChart.Render([Series(3, 5, 4)], "t", "折线图", english: false);
        Assert.Single(without.Legend);
    }
}
