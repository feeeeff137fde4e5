using DuckDB.NET.Data;

namespace CommunityFp.Exports.Deidentification;

/// <summary>Coarsening for microdata: age in 5-year bands, month instead of an exact date.</summary>
public static class Generalize
{
    /// <summary>The band of an age in whole years: 0–4 → "00-04", 15–19 → "15-19", 85 and over → "85+".</summary>
    public static string AgeBand(int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        if (age >= 85) return "85+";
        var low = age / 5 * 5;
        return $"{low:00}-{low + 4:00}";
    }

    /// <summary>Exact age in whole years at a date; a 29 February birthday is reached on 1 March in common years.</summary>
    public static int AgeAt(DateOnly birth, DateOnly at)
    {
        var age = at.Year - birth.Year;
        return at.Month * 100 + at.Day < birth.Month * 100 + birth.Day ? age - 1 : age;
    }

    /// <summary>The month of a date, <c>yyyy-MM</c>.</summary>
    public static string Month(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The same as SQL macros on this connection: <c>age_years(birth, at)</c>, <c>age_band(age)</c> and
    /// <c>month_of(date)</c>, so microdata export queries coarsen inside DuckDB (<c>date_diff('year', …)</c> counts
    /// year boundaries, not birthdays).
    /// </summary>
    public static void RegisterMacros(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            create or replace temp macro age_band(age) as
                case when age is null then null
                     when age >= 85 then '85+'
                     else lpad(((age // 5) * 5)::varchar, 2, '0') || '-' || lpad(((age // 5) * 5 + 4)::varchar, 2, '0') end;
            create or replace temp macro age_years(birth, on_date) as
                year(on_date) - year(birth) - case when month(on_date) * 100 + day(on_date) < month(birth) * 100 + day(birth) then 1 else 0 end;
            create or replace temp macro month_of(d) as strftime(d, '%Y-%m');
            """;
        command.ExecuteNonQuery();
    }
}
