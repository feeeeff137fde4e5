using System.Globalization;
using CommunityFp.Dashboard.Data;
using ScottPlot;

namespace CommunityFp.Dashboard.Charts;

/// <summary>A rendered chart: the image, its title and its text alternative (read by screen readers).</summary>
public sealed record ChartImage(byte[] Png, string Title, string Description, IReadOnlyList<LegendEntry> Legend)
{
    /// <summary>The image as a data URI for an <c>&lt;img src&gt;</c>.</summary>
    public string DataUri => "data:image/png;base64," + Convert.ToBase64String(Png);
}

/// <summary>A target drawn as a dashed horizontal line, with its legend text (e.g. "目标 ≥ 95%").</summary>
public sealed record ChartTarget(double Value, string Label);

/// <summary>A line's name and colour (#rrggbb): the legend is HTML beside the image, not drawn in it.</summary>
public sealed record LegendEntry(string Name, string Color);

/// <summary>
/// Line charts of indicators over time, rendered on the server with ScottPlot. Chinese text needs a CJK font named
/// explicitly (Skia does not find one by itself): Debian's fonts-noto-cjk (scripts/setup.sh).
/// </summary>
public static class TrendChart
{
    /// <summary>The font every chart uses.</summary>
    public const string FontName = "Noto Sans CJK SC";

    static TrendChart() => Fonts.Default = FontName;

    /// <summary>Renders the series (one line per unit) against the union of their periods.</summary>
    public static ChartImage Render(IReadOnlyList<TrendSeries> series, string title, string altPrefix, bool english, int width = 900, int height = 420,
        ChartTarget? target = null)
    {
        var periods = series.SelectMany(s => s.Points).Select(p => p.Period).Distinct().Order(StringComparer.Ordinal).ToList();
        var x = periods.Select((p, i) => (p, i)).ToDictionary(t => t.p, t => (double)t.i);
        var plot = new Plot();
        var legend = new List<LegendEntry>();
        foreach (var s in series)
        {
            var points = s.Points.Where(p => p.Value is not null).ToList();
            var line = plot.Add.Scatter(points.Select(p => x[p.Period]).ToArray(), points.Select(p => p.Value!.Value).ToArray());
            line.LineWidth = 2;
            legend.Add(new LegendEntry(s.Unit.Name, line.Color.ToHex()));
        }
        if (target is not null)
        {
            var line = plot.Add.HorizontalLine(target.Value, 1.5f, Colors.DarkGreen, LinePattern.Dashed);
            legend.Add(new LegendEntry(target.Label, line.LineColor.ToHex()));
        }
        var step = Math.Max(1, periods.Count / 12);
        var ticks = periods.Select((p, i) => (p, i)).Where(t => t.i % step == 0).ToList();
        plot.Axes.Bottom.SetTicks(ticks.Select(t => (double)t.i).ToArray(), ticks.Select(t => t.p).ToArray());
        plot.Title(title);
        plot.YLabel(series.FirstOrDefault()?.Indicator.Name(english) ?? "");
        // ScottPlot's own legend clips the first CJK label (measured with Latin metrics): the page draws the legend in HTML.
        plot.Font.Set(FontName);
        var description = Describe(series, title, altPrefix, english) + (target is null ? "" : (english ? "; " : "；") + target.Label);
        return new ChartImage(plot.GetImageBytes(width, height, ImageFormat.Png), title, description, legend);
    }

    /// <summary>The text alternative: what is plotted, over which periods, and each line's first, last, lowest and highest value.</summary>
    public static string Describe(IReadOnlyList<TrendSeries> series, string title, string altPrefix, bool english)
    {
        var culture = english ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        var parts = series.Select(s =>
        {
            var values = s.Points.Where(p => p.Value is not null).ToList();
            if (values.Count == 0) return english ? $"{s.Unit.Name}: no data" : $"{s.Unit.Name}：无数据";
            string F(double v) => v.ToString("#,##0.##", culture);
            return english
                ? $"{s.Unit.Name}: {values[0].Period} {F(values[0].Value!.Value)} to {values[^1].Period} {F(values[^1].Value!.Value)}, lowest {F(values.Min(p => p.Value!.Value))}, highest {F(values.Max(p => p.Value!.Value))}"
                : $"{s.Unit.Name}：{values[0].Period} 为 {F(values[0].Value!.Value)}，{values[^1].Period} 为 {F(values[^1].Value!.Value)}，最低 {F(values.Min(p => p.Value!.Value))}，最高 {F(values.Max(p => p.Value!.Value))}";
        });
        return $"{altPrefix} — {title}. " + string.Join(english ? "; " : "；", parts);
    }
}
