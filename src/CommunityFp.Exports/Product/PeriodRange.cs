using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityFp.Exports.Product;

/// <summary>A period label as the marts write it — <c>2007</c>, <c>2007-Q1</c>, <c>2007-03</c> — and the days it spans.</summary>
public sealed partial record PeriodRange(string Label, DateOnly First, DateOnly Last)
{
    public static PeriodRange Parse(string label)
    {
        var match = LabelPattern().Match(label);
        if (!match.Success) throw new FormatException($"'{label}' is not a period: write 2007, 2007-Q1 or 2007-03");
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (firstMonth, months) = match.Groups["quarter"].Success
            ? ((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 3)
            : match.Groups["month"].Success ? (int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1) : (1, 12);
        if (firstMonth is < 1 or > 12) throw new FormatException($"'{label}' is not a period: the month is 01 … 12");
        var first = new DateOnly(year, firstMonth, 1);
        return new PeriodRange(label, first, first.AddMonths(months).AddDays(-1));
    }

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)(-Q(?<quarter>[1-4])|-(?<month>\d\d))?$")]
    private static partial Regex LabelPattern();
}
