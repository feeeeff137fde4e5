using CommunityFp.Registers;

namespace CommunityFp.Etl.Validation;

/// <summary>
/// SQL expressions for one column's value rules (registers.md "CSV rules" and "Row errors"), generated from
/// <see cref="RegisterColumn"/>. <c>v</c> is the trimmed, null-if-empty text of the column.
/// </summary>
internal static class ValueSql
{
    // Characters .NET's string.Trim() removes (char.IsWhiteSpace), so SQL and C# trim alike.
    private const string WhiteSpace = " \t\n\u000B\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private const string WhiteSpaceCodes = "9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288";

    /// <summary>Trimmed text, null when empty. The full trim only runs when an end is white space (it is slow).</summary>
    public static string Clean(string rawColumn) =>
        $"(case when {rawColumn} = '' then null " +
        $"when ascii({rawColumn}) in ({WhiteSpaceCodes}) or ascii(right({rawColumn}, 1)) in ({WhiteSpaceCodes}) " +
        $"then nullif(trim({rawColumn}, {Sql.Str(WhiteSpace)}), '') else {rawColumn} end)";

    private static string Digits(string v, string pattern) => $"regexp_full_match({v}, '{pattern}')";

    /// <summary>The value as a DATE when it is one of the three zero-padded formats and a real calendar date.</summary>
    public static string ParseDate(string v) =>
        "(case when regexp_full_match(" + v + ", '[0-9]{8}') then try_strptime(" + v + ", '%Y%m%d')::date" +
        " when regexp_full_match(" + v + ", '[0-9]{4}-[0-9]{2}-[0-9]{2}') then try_strptime(" + v + ", '%Y-%m-%d')::date" +
        " when regexp_full_match(" + v + ", '[0-9]{4}/[0-9]{2}/[0-9]{2}') then try_strptime(" + v + ", '%Y/%m/%d')::date end)";


    /// <summary>The typed value stored in history (only evaluated for rows that passed every check).</summary>
    public static string Typed(RegisterColumn c, string v, string? parsedDate = null) => c.Kind switch
    {
        ColumnKind.Date => parsedDate ?? ParseDate(v),
        ColumnKind.Code or ColumnKind.Flag or ColumnKind.Year => $"try_cast({v} as integer)",
        ColumnKind.Count => $"try_cast({v} as bigint)",
        ColumnKind.Amount => $"try_cast({v} as decimal(14,2))",
        ColumnKind.OrgCode => $"try_cast({v} as bigint)::varchar",
        ColumnKind.CitizenId => $"upper({v})",
        _ => v,
    };

    /// <summary>A CASE giving the first problem of the column's value (null = fine). Org references use <paramref name="orgLevel"/>.</summary>
    public static string Problem(RegisterColumn c, string v, DateOnly asOf, string? orgLevel, string? requiredWhen,
        string? parsedDate = null)
    {
        var date = parsedDate ?? ParseDate(v);
        var n = c.Name;
        var missing = c.Required ? Sql.Str($"{n}: required value is empty")
            : requiredWhen is null ? "null" : $"case when {requiredWhen} then {Sql.Str($"{n}: required value is empty")} end";
        var checks = new List<(string Condition, string Reason)>();
        if (c.Kind is not (ColumnKind.Text or ColumnKind.Id or ColumnKind.CitizenId))
            checks.Add(($"strlen({v}) <> length({v}) and regexp_matches(regexp_replace({v}, '[0-9]', '', 'g'), '\\p{{Nd}}')", $"{n}: digits must be ASCII"));
        switch (c.Kind)
        {
            case ColumnKind.Date:
                checks.Add(($"{date} is null", $"{n}: not a date (YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD)"));
                if (c.IsEventDate)
                    checks.Add(($"{date} > {Sql.Date(asOf)}", $"{n}: event date is after the batch's as_of {asOf:yyyy-MM-dd}"));
                break;
            case ColumnKind.Code or ColumnKind.Flag:
                var allowed = c.Kind == ColumnKind.Flag ? [0, 1] : c.AllowedCodes ?? [];
                checks.Add(($"not {Digits(v, "[0-9]{1,18}")}", $"{n}: not a code"));
                checks.Add(($"try_cast({v} as bigint) not in ({string.Join(", ", allowed)})", $"{n}: code is not one of {string.Join(", ", allowed)}"));
                break;
            case ColumnKind.Count or ColumnKind.DivisionCode:
                checks.Add(($"not {Digits(v, "[0-9]{1,18}")}", $"{n}: not a whole number"));
                break;
            case ColumnKind.Amount:
                checks.Add(($"not {Digits(v, "[0-9]{1,12}([.][0-9]{1,2})?")}", $"{n}: not an amount in yuan (at most 2 decimals)"));
                break;
            case ColumnKind.Year:
                checks.Add(($"not {Digits(v, "[0-9]{4}")} or try_cast({v} as integer) < 1", $"{n}: not a year YYYY"));
                break;
            case ColumnKind.OrgCode:
                checks.Add(($"not {Digits(v, "[0-9]{1,18}")}", $"{n}: not an org code"));
                if (orgLevel is not null && c.OrgReference != OrgReference.None)
                {
                    checks.Add(($"{orgLevel} is null", $"{n}: not in the batch's org_units"));
                    if (c.OrgReference == OrgReference.Community)
                        checks.Add(($"{orgLevel} <> 4", $"{n}: names a unit other than a community"));
                }
                break;
        }
        var whens = string.Concat(checks.Select(x => $" when {x.Condition} then {Sql.Str(x.Reason)}"));
        return $"(case when {v} is null then {missing}{whens} end)";
    }
}
