using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using MiniExcelLibs;

namespace CommunityFp.Dashboard.Endpoints;

/// <summary>The scorecard table as an Excel workbook: one sheet, a header row, numbers as numbers.</summary>
public static class ScorecardXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(Scorecard card, bool english)
    {
        var text = english ? UiText.English : UiText.Chinese;
        // MiniExcel takes the columns from the first row's keys, in order.
        var rows = card.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?> { ["org_code"] = row.Unit.Code, [text.Unit] = row.Unit.Name, [text.Period] = card.Period };
            foreach (var i in card.Indicators) cells[i.Name(english)] = row.Values[i.Id];
            return cells;
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: text.Scorecard);
        return stream.ToArray();
    }
}
