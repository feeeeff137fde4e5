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

    /// <summary>The month of a date, <c>yyyy-MM</c>.</summary>
    public static string Month(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The same as SQL macros on this connection: <c>age_band(age)</c> and <c>month_of(date)</c>, so microdata
    /// export queries coarsen inside DuckDB.
    /// </summary>
    public static void RegisterMacros(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            create or replace temp macro age_band(age) as
                case when age is null then null
                     when age >= 85 then '85+'
                     else lpad(((age // 5) * 5)::varchar, 2, '0') || '-' || lpad(((age // 5) * 5 + 4)::varchar, 2, '0') end;
            create or replace temp macro month_of(d) as strftime(d, '%Y-%m');
            """;
        command.ExecuteNonQuery();
    }
}
