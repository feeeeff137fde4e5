using System.Globalization;
using CommunityFp.Dashboard.Data;
using ScottPlot;

namespace CommunityFp.Dashboard.Charts;

/// <summary>
/// The age–sex pyramid of a unit at a year end: one horizontal bar per five-year band, males to the left (drawn as
/// negative lengths, labelled as counts), females to the right, youngest at the bottom.
/// </summary>
public static class PopulationPyramidChart
{
    public static readonly Color MaleColor = Color.FromHex("#1f77b4");
    public static readonly Color FemaleColor = Color.FromHex("#d62728");

    static PopulationPyramidChart() => Fonts.Default = TrendChart.FontName;

    public static ChartImage Render(IReadOnlyList<AgeSexBand> bands, string title, bool english, int width = 700, int height = 520)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < bands.Count; i++)
        {
            bars.Add(new Bar { Position = i, Value = -bands[i].Males, FillColor = MaleColor, LineWidth = 0, Size = 0.85 });
            bars.Add(new Bar { Position = i, Value = bands[i].Females, FillColor = FemaleColor, LineWidth = 0, Size = 0.85 });
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Axes.Left.SetTicks(Enumerable.Range(0, bands.Count).Select(i => (double)i).ToArray(), bands.Select(b => b.AgeBand).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => Math.Abs(v).ToString("#,##0", english ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN")),
        };
        var widest = bands.Count == 0 ? 1 : bands.Max(b => Math.Max(b.Males, b.Females));
        plot.Axes.SetLimitsX(-widest * 1.08, widest * 1.08);
        plot.Add.VerticalLine(0, 1, Colors.Black);
        plot.Title(title);
        plot.XLabel(english ? "residents (males left, females right)" : "人数（左：男，右：女）");
        plot.YLabel(english ? "age" : "年龄");
        plot.Font.Set(TrendChart.FontName);
        var legend = new List<LegendEntry>
        {
            new(english ? "Males" : "男", MaleColor.ToHex()),
            new(english ? "Females" : "女", FemaleColor.ToHex()),
        };
        return new ChartImage(plot.GetImageBytes(width, height, ImageFormat.Png), title, Describe(bands, title, english), legend);
    }

    /// <summary>The text alternative: totals by sex, the largest band, and the shares under 15 and 65 and over.</summary>
    public static string Describe(IReadOnlyList<AgeSexBand> bands, string title, bool english)
    {
        var culture = english ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        string N(long v) => v.ToString("#,##0", culture);
        string P(double v) => v.ToString("0.0%", culture);
        var males = bands.Sum(b => b.Males);
        var females = bands.Sum(b => b.Females);
        var total = males + females;
        if (total == 0) return english ? $"Population pyramid — {title}: no data" : $"人口金字塔 — {title}：无数据";
        var largest = bands.MaxBy(b => b.Males + b.Females)!;
        var children = bands.Where(b => b.AgeBandStart < 15).Sum(b => b.Males + b.Females) / (double)total;
        var elderly = bands.Where(b => b.AgeBandStart >= 65).Sum(b => b.Males + b.Females) / (double)total;
        return english
            ? $"Population pyramid — {title}: {N(males)} males and {N(females)} females; largest band {largest.AgeBand} ({N(largest.Males + largest.Females)}); aged 0–14 {P(children)}, 65 and over {P(elderly)}."
            : $"人口金字塔 — {title}：男 {N(males)} 人，女 {N(females)} 人；人数最多的年龄组 {largest.AgeBand}（{N(largest.Males + largest.Females)} 人）；0–14 岁占 {P(children)}，65 岁及以上占 {P(elderly)}。";
    }
}
