using System.Globalization;

namespace CommunityFp.Etl;

/// <summary>Quoting for the few values the ETL writes into SQL text (identifiers from the catalog, file paths).</summary>
internal static class Sql
{
    /// <summary>A double-quoted identifier.</summary>
    public static string Id(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A single-quoted string literal.</summary>
    public static string Str(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A BIGINT literal.</summary>
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A DATE literal.</summary>
    public static string Date(DateOnly d) => "DATE '" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";
}
