namespace CommunityFp.Dashboard.Data;

/// <summary>An org unit (组织单位): level 1 city 市, 2 district 区, 3 street 街道, 4 community 社区.</summary>
public sealed record OrgUnit(string Code, string Name, int Level, string? ParentCode)
{
    /// <summary>The mart's <c>org_level</c> name of <see cref="Level"/>.</summary>
    public string LevelName => Level switch { 1 => "city", 2 => "district", 3 => "street", 4 => "community", _ => "group" };
}

/// <summary>An indicator of the catalogue (<c>stg_indicator_catalog</c>).</summary>
public sealed record IndicatorInfo(string Id, string NameZh, string NameEn, string Kind, double Scale, string? Better)
{
    /// <summary>The name in the UI language.</summary>
    public string Name(bool english) => english ? NameEn : NameZh;
}

/// <summary>One value of <c>indicator_values</c>; <see cref="Value"/> is null when the denominator is 0 (no data).</summary>
public sealed record IndicatorValue(
    string Indicator, string OrgCode, string PeriodType, string Period,
    double Numerator, double? Denominator, double? Value, double? CiLow, double? CiHigh);

/// <summary>An indicator's values over time for one unit.</summary>
public sealed record TrendSeries(OrgUnit Unit, IndicatorInfo Indicator, IReadOnlyList<IndicatorValue> Points);

/// <summary>A scorecard row: a unit and its value of each indicator (null = no data), and the previous period's.</summary>
public sealed record ScorecardRow(OrgUnit Unit, IReadOnlyDictionary<string, double?> Values, bool IsTotal,
    IReadOnlyDictionary<string, double?>? Previous = null)
{
    /// <summary>+1, −1 or 0 against the previous period; null when either value is missing.</summary>
    public int? Direction(string indicator) =>
        Values.GetValueOrDefault(indicator) is { } now && Previous?.GetValueOrDefault(indicator) is { } before
            ? Math.Sign(Math.Round(now - before, 9)) : null;
}

/// <summary>A scorecard: the parent unit (the total row) and its children for one period.</summary>
public sealed record Scorecard(OrgUnit Parent, string Period, IReadOnlyList<IndicatorInfo> Indicators, IReadOnlyList<ScorecardRow> Rows);

/// <summary>
/// Components of change of a unit in a period (人口变动): start + entries − exits = end.
/// Entries and exits are broken down by reason.
/// </summary>
public sealed record PopulationBalance(
    OrgUnit Unit, string Period, double PopulationStart, double Population,
    IReadOnlyList<(string Indicator, double Count)> Entries, double EntriesTotal,
    IReadOnlyList<(string Indicator, double Count)> Exits, double ExitsTotal)
{
    /// <summary>Whether start + entries − exits equals the end population.</summary>
    public bool Balances => Math.Abs(PopulationStart + EntriesTotal - ExitsTotal - Population) < 1e-9;
}

/// <summary>A headline figure of the overview: this year's value and the previous year's.</summary>
public sealed record Headline(IndicatorInfo Indicator, double? Value, double? PreviousValue)
{
    /// <summary>Change against the previous year (null when either is missing).</summary>
    public double? Change => Value is { } v && PreviousValue is { } p ? v - p : null;
}

/// <summary>Present residents of one five-year age band at a year end, by sex (a row of the population pyramid).</summary>
public sealed record AgeSexBand(int AgeBandStart, string AgeBand, long Males, long Females);
