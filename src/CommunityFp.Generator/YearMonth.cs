using System.Globalization;

namespace CommunityFp.Generator;

/// <summary>A calendar month, written <c>YYYY-MM</c> on the command line.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>Parses <c>YYYY-MM</c>; throws <see cref="FormatException"/> naming the expected form.</summary>
    public static YearMonth Parse(string yyyyMm)
    {
        ArgumentNullException.ThrowIfNull(yyyyMm);
        var t = yyyyMm.Trim();
        if (t.Length == 7 && t[4] == '-'
            && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && y is >= 1900 and <= 2100 && m is >= 1 and <= 12)
            return new YearMonth(y, m);
        throw new FormatException($"'{yyyyMm}' is not a month: expected YYYY-MM, e.g. 2007-03");
    }

    /// <summary>Months since year 0: consecutive months differ by one.</summary>
    public int Ordinal => Year * 12 + Month - 1;

    public static YearMonth FromOrdinal(int ordinal) => new(ordinal / 12, ordinal % 12 + 1);

    public YearMonth AddMonths(int months) => FromOrdinal(Ordinal + months);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public int CompareTo(YearMonth other) => Ordinal.CompareTo(other.Ordinal);

    public static bool operator <(YearMonth a, YearMonth b) => a.Ordinal < b.Ordinal;
    public static bool operator >(YearMonth a, YearMonth b) => a.Ordinal > b.Ordinal;
    public static bool operator <=(YearMonth a, YearMonth b) => a.Ordinal <= b.Ordinal;
    public static bool operator >=(YearMonth a, YearMonth b) => a.Ordinal >= b.Ordinal;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
