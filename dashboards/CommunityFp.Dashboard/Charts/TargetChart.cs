using System.Collections.Concurrent;
using System.Globalization;
using CommunityFp.Dashboard.Data;
using ScottPlot;

namespace CommunityFp.Dashboard.Charts;

/// <summary>
/// A target's trajectory: the share attaining per assessed year, the target as a dashed line, and the forecast at the
/// target date with its 95% prediction interval. Rendered on the server (PNG, Noto Sans CJK SC, as <see cref="TrendChart"/>).
/// </summary>
public static class TargetChart
{
    static TargetChart() => Fonts.Default = TrendChart.FontName;

    // A stored run never changes (its id is the hash of its inputs), so neither does its chart: the overview renders
    // each once per language instead of on every request. Bounded: cleared when it grows past a few runs' worth.
    private static readonly ConcurrentDictionary<string, ChartImage> Rendered = new();
    private const int MaxRendered = 256;

    /// <summary>The chart of a target's progress (cached by its figures, title and language).</summary>
    public static ChartImage Render(TargetProgressRow target, string title, string altPrefix, bool english, int width = 560, int height = 300)
    {
        var key = string.Join('|', target.RunYear, target.Scope, target.Level, target.Standard, target.ShareTarget, target.By,
            string.Join(' ', target.Years), target.ForecastShare, target.ForecastLow, target.ForecastHigh, title, altPrefix, english, width, height);
        if (Rendered.TryGetValue(key, out var chart)) return chart;
        if (Rendered.Count >= MaxRendered) Rendered.Clear();
        return Rendered[key] = Draw(target, title, altPrefix, english, width, height);
    }

    private static ChartImage Draw(TargetProgressRow target, string title, string altPrefix, bool english, int width, int height)
    {
        var plot = new Plot();
        var points = target.Years.Where(y => y.Share is not null).ToList();
        var legend = new List<LegendEntry>();
        if (points.Count > 0)
        {
            var line = plot.Add.Scatter(points.Select(p => (double)p.Year).ToArray(), points.Select(p => p.Share!.Value * 100).ToArray());
            line.LineWidth = 2;
            line.MarkerSize = 7;
            legend.Add(new LegendEntry(english ? "actual share" : "实际比例", line.Color.ToHex()));
        }
        if (target.Required is { } required)
        {
            var h = plot.Add.HorizontalLine(required * 100);
            h.LinePattern = LinePattern.Dashed;
            h.Color = Colors.Gray;
            legend.Add(new LegendEntry(english ? "target" : "目标", Colors.Gray.ToHex()));
        }
        if (target.ForecastShare is { } f && target.ForecastLow is { } low && target.ForecastHigh is { } high)
        {
            var bar = plot.Add.Line(target.By.Year, low * 100, target.By.Year, high * 100);
            bar.Color = Colors.OrangeRed;
            bar.LineWidth = 3;
            var point = plot.Add.Scatter(new double[] { target.By.Year }, new double[] { f * 100 });
            point.Color = Colors.OrangeRed;
            point.LineWidth = 0;
            point.MarkerSize = 9;
            legend.Add(new LegendEntry(english ? "forecast (95% interval)" : "预测（95% 区间）", Colors.OrangeRed.ToHex()));
        }
        var years = points.Select(p => p.Year).Append(target.By.Year).Distinct().Order().ToList();
        plot.Axes.Bottom.SetTicks(years.Select(y => (double)y).ToArray(), years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimits(years.Min() - 0.5, years.Max() + 0.5, 0, 105);
        plot.Title(title);
        plot.YLabel("%");
        plot.Font.Set(TrendChart.FontName);
        return new ChartImage(plot.GetImageBytes(width, height, ImageFormat.Png), title, Describe(target, title, altPrefix, english), legend);
    }

    /// <summary>The text alternative: each year's share, the target, and the forecast with its interval.</summary>
    public static string Describe(TargetProgressRow target, string title, string altPrefix, bool english)
    {
        var culture = english ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        string P(double v) => v.ToString("0.0%", culture);
        var years = string.Join(english ? ", " : "，", target.Years.Select(y => $"{y.Year} {(y.Share is { } s ? P(s) : "—")} ({y.Attaining}/{y.Units})"));
        var forecast = target.ForecastShare is { } f && target.ForecastLow is { } l && target.ForecastHigh is { } h
            ? english ? $"; forecast for {target.By.Year}: {P(f)} (95% interval {P(l)} to {P(h)})" : $"；{target.By.Year} 年预测 {P(f)}（95% 区间 {P(l)} 至 {P(h)}）"
            : "";
        return $"{altPrefix} — {title}. " + years + forecast;
    }
}
