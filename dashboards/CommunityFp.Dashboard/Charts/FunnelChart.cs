using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Statistics;
using ScottPlot;

namespace CommunityFp.Dashboard.Charts;

/// <summary>
/// The funnel plot of a <see cref="Comparison"/>: each community's rate (%) against its denominator, the pooled rate,
/// and the 95% and 99.8% exact binomial limits (<see cref="FunnelLimits"/>); communities outside are drawn in colour
/// and named. Rendered on the server with ScottPlot in the CJK font, like <see cref="TrendChart"/>.
/// </summary>
public static class FunnelChart
{
    public const string InsideColor = "#546e7a", InnerColor = "#ef6c00", OuterColor = "#c62828";
    private const int CurvePoints = 120;

    static FunnelChart() => Fonts.Default = TrendChart.FontName;

    /// <summary>Renders the funnel; the legend is HTML beside the image (as for trends).</summary>
    public static ChartImage Render(Comparison comparison, FunnelText text, int width = 900, int height = 480)
    {
        var plot = new Plot();
        var rows = comparison.Plotted.ToList();
        var maxN = Math.Max(2, rows.Count == 0 ? 2 : rows.Max(r => r.Denominator) * 1.1);
        // The funnel is drawn from a third of the smallest denominator: below it the limits fill the whole 0–100% range.
        var minN = Math.Max(1, rows.Count == 0 ? 1 : rows.Min(r => r.Denominator) / 3);
        var p0 = comparison.PooledRate;
        var ns = Enumerable.Range(0, CurvePoints).Select(i => Math.Round(minN * Math.Pow(maxN / minN, (double)i / (CurvePoints - 1)))).Distinct().ToArray();
        var low = rows.Select(r => r.Rate!.Value * 100).DefaultIfEmpty(0).Min();
        var high = rows.Select(r => r.Rate!.Value * 100).DefaultIfEmpty(100).Max();
        void Curve(double coverage, string color, bool dashed)
        {
            var limits = ns.Select(n => FunnelLimits.Limits(p0, (long)n, coverage)).ToList();
            low = Math.Min(low, limits.Min(l => l.Low) * 100);
            high = Math.Max(high, limits.Max(l => l.High) * 100);
            foreach (var ys in new[] { limits.Select(l => l.Low * 100).ToArray(), limits.Select(l => l.High * 100).ToArray() })
            {
                var line = plot.Add.ScatterLine(ns, ys);
                line.Color = Color.FromHex(color);
                line.LineWidth = 1.5f;
                if (dashed) line.LinePattern = LinePattern.Dashed;
            }
        }
        if (!double.IsNaN(p0))
        {
            Curve(FunnelLimits.Inner, InnerColor, true);
            Curve(FunnelLimits.Outer, OuterColor, false);
            var mean = plot.Add.HorizontalLine(p0 * 100);
            mean.Color = Color.FromHex("#1565c0");
            mean.LineWidth = 1.5f;
        }
        foreach (var r in rows)
        {
            var color = ColorOf(r.Position);
            var marker = plot.Add.Marker(r.Denominator, r.Rate!.Value * 100);
            marker.Color = Color.FromHex(color);
            marker.Size = r.Position.IsOutside() ? 10 : 7;
            if (r.Position.IsOutside())
            {
                var label = plot.Add.Text(r.Unit.Name, r.Denominator, r.Rate.Value * 100);
                label.LabelFontColor = Color.FromHex(color);
                label.LabelFontSize = 12;
                label.LabelOffsetX = 6;
                label.LabelOffsetY = -6;
            }
        }
        plot.Axes.SetLimits(0, maxN, Math.Max(0, low - 3), Math.Min(100, high + 3));
        plot.Title(text.Title);
        plot.XLabel(text.XLabel);
        plot.YLabel(text.YLabel);
        plot.Font.Set(TrendChart.FontName);
        var legend = new List<LegendEntry>
        {
            new(text.PooledLegend, "#1565c0"), new(text.InnerLegend, InnerColor), new(text.OuterLegend, OuterColor), new(text.InsideLegend, InsideColor),
        };
        return new ChartImage(plot.GetImageBytes(width, height, ImageFormat.Png), text.Title, Describe(comparison, text), legend);
    }

    /// <summary>The colour a community is drawn in (and marked with in the league table).</summary>
    public static string ColorOf(FunnelPosition position) =>
        position.IsOutsideOuter() ? OuterColor : position.IsOutside() ? InnerColor : InsideColor;

    /// <summary>The text alternative: pooled rate, how many communities, and each one outside the limits with its rate and denominator.</summary>
    public static string Describe(Comparison comparison, FunnelText text)
    {
        var culture = text.English ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        string Pct(double v) => (v * 100).ToString("0.0", culture) + "%";
        var rows = comparison.Plotted.ToList();
        var outside = rows.Where(r => r.Position.IsOutside()).Select(r =>
            string.Format(culture, text.OutsideItem, r.Unit.Name, Pct(r.Rate!.Value), r.Denominator.ToString("#,##0", culture),
                r.Position.IsOutsideOuter() ? text.OuterLegend : text.InnerLegend, r.Position.Side() > 0 ? text.Above : text.Below)).ToList();
        var pooled = double.IsNaN(comparison.PooledRate) ? "—" : Pct(comparison.PooledRate);
        var summary = string.Format(culture, text.Summary, pooled, rows.Count, outside.Count);
        return $"{text.AltPrefix} — {text.Title}. {summary}" + (outside.Count > 0 ? " " + string.Join(text.English ? "; " : "；", outside) : "");
    }
}

/// <summary>The strings a funnel chart needs, in the UI language (from <c>UiText</c>).</summary>
public sealed record FunnelText(
    bool English, string Title, string XLabel, string YLabel, string AltPrefix, string Summary, string OutsideItem,
    string PooledLegend, string InnerLegend, string OuterLegend, string InsideLegend, string Above, string Below);
