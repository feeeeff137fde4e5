using System.Globalization;
using System.Text;
using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Endpoints;

/// <summary>The compare page's league table as CSV: UTF-8 with a BOM, invariant numbers, English column ids.</summary>
public static class CompareCsv
{
    private static readonly string[] Header =
        ["org_code", "name", "indicator", "period", "numerator", "denominator", "rate", "ci_low", "ci_high", "funnel_position",
         "pooled_rate", "smoothed_rate", "smoothed_low", "smoothed_high", "shrinkage"];

    public static byte[] Write(Comparison c)
    {
        static string N(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("0.########", CultureInfo.InvariantCulture) : "";
        var sb = new StringBuilder(string.Join(',', Header)).Append("\r\n");
        foreach (var r in c.Rows)
        {
            string[] cells = [r.Unit.Code, r.Unit.Name, c.Indicator.Id, c.Period, N(r.Numerator), N(r.Denominator), N(r.Rate), N(r.CiLow), N(r.CiHigh),
                r.Position.ToString(), N(c.PooledRate), N(r.SmoothedRate), N(r.SmoothedLow), N(r.SmoothedHigh), N(r.Shrinkage)];
            sb.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
