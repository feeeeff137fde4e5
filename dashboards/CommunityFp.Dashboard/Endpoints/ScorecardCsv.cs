using System.Globalization;
using System.Text;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;

namespace CommunityFp.Dashboard.Endpoints;

/// <summary>The scorecard table as CSV: UTF-8 with a BOM (so Excel shows the Chinese), invariant numbers.</summary>
public static class ScorecardCsv
{
    public static byte[] Write(Scorecard card, bool english)
    {
        var text = english ? UiText.English : UiText.Chinese;
        var sb = new StringBuilder();
        sb.Append(string.Join(',', new[] { "org_code", text.Unit, text.Period }.Concat(card.Indicators.Select(i => i.Name(english))).Select(Quote))).Append("\r\n");
        foreach (var row in card.Rows)
        {
            var cells = new[] { row.Unit.Code, row.Unit.Name, card.Period }
                .Concat(card.Indicators.Select(i => row.Values[i.Id] is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : ""));
            sb.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
