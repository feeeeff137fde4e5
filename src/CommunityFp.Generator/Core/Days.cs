namespace CommunityFp.Generator.Core;

/// <summary>
/// Dates are kept as day numbers (<see cref="DateOnly.DayNumber"/>) in compact per-person state; this converts
/// and does the calendar arithmetic of indicators.md ("s + n months" clamps to the month's last day).
/// </summary>
internal static class Days
{
    public const int None = 0;

    public static int Of(int y, int m, int d) => new DateOnly(y, m, d).DayNumber;

    public static DateOnly ToDate(int day) => DateOnly.FromDayNumber(day);

    public static int AddMonths(int day, int months) => ToDate(day).AddMonths(months).DayNumber;

    public static int AddYears(int day, int years) => ToDate(day).AddYears(years).DayNumber;

    /// <summary>Month ordinal (year × 12 + month − 1) of a day.</summary>
    public static int MonthOf(int day)
    {
        var d = ToDate(day);
        return d.Year * 12 + d.Month - 1;
    }

    /// <summary>Exact age in whole years at <paramref name="day"/> (a 29 Feb birthday is reached on 1 Mar).</summary>
    public static int Age(int birthDay, int day)
    {
        var b = ToDate(birthDay);
        var d = ToDate(day);
        var age = d.Year - b.Year;
        if (d.Month < b.Month || (d.Month == b.Month && d.Day < b.Day)) age--;
        return age;
    }

    /// <summary>Year of a day number (fast path for hot loops via a table is not needed: DateOnly is cheap).</summary>
    public static int YearOf(int day) => ToDate(day).Year;
}
