using Microsoft.AspNetCore.Components.Authorization;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// What the pages ask for, composed from <see cref="WarehouseReader"/> for the signed-in user's territory.
/// Pages inject this (never a connection or SQL); endpoints use <see cref="ForTerritory"/> with the request's user.
/// </summary>
public sealed partial class DashboardData(WarehouseReader reader, AuthenticationStateProvider? auth = null)
{
    /// <summary>The scorecard's default columns (计生 headline indicators).</summary>
    public static readonly string[] ScorecardIndicators =
        ["population", "births", "birth_rate", "deaths", "death_rate", "natural_growth_rate", "sex_ratio_at_birth", "wcba", "married_wcba", "floating_population"];

    /// <summary>The overview's headline indicators.</summary>
    public static readonly string[] HeadlineIndicators = ["population", "births", "birth_rate"];

    /// <summary>The entries and exits by reason, in the order the population page lists them.</summary>
    public static readonly string[] EntryReasons = ["entries_born", "entries_moved_in", "entries_moved_within", "entries_registered_late"];
    public static readonly string[] ExitReasons = ["exits_died", "exits_moved_out", "exits_moved_within", "exits_deleted"];

    private Territory? _territory;

    /// <summary>The same queries for an explicit territory (HTTP endpoints).</summary>
    public static DashboardData ForTerritory(WarehouseReader reader, Territory territory) => new(reader) { _territory = territory };

    public async Task<Territory> TerritoryAsync()
    {
        if (_territory is not null) return _territory;
        if (auth is null) return Territory.None;
        var state = await auth.GetAuthenticationStateAsync();
        return _territory = Territory.Of(state.User);
    }

    public bool HasBuild() => reader.HasBuild();

    public IReadOnlyList<IndicatorInfo> Indicators() => reader.Indicators();

    public IReadOnlyList<string> Periods(string periodType) => reader.Periods(periodType);

    public async Task<OrgUnit?> RootUnitAsync() => reader.RootUnit(await TerritoryAsync());

    public async Task<IReadOnlyList<OrgUnit>> UnitsAsync() => reader.Units(await TerritoryAsync());

    /// <summary>The unit (or the territory's root when <paramref name="code"/> is empty); a refusal outside the territory.</summary>
    public async Task<OrgUnit?> UnitOrRootAsync(string? code)
    {
        var territory = await TerritoryAsync();
        return string.IsNullOrEmpty(code) ? reader.RootUnit(territory) : reader.Unit(territory, code);
    }

    /// <summary>The ancestors of a unit inside the territory, root first (the drill-down breadcrumb).</summary>
    public async Task<IReadOnlyList<OrgUnit>> PathAsync(OrgUnit unit)
    {
        var territory = await TerritoryAsync();
        var path = new List<OrgUnit> { unit };
        while (path[0].ParentCode is { } parent && territory.Contains(parent) && reader.Unit(territory, parent) is { } p) path.Insert(0, p);
        return path;
    }

    /// <summary>A unit's children × the scorecard indicators (or <paramref name="indicatorIds"/>) for one year, the unit itself as the total row.</summary>
    public async Task<Scorecard> ScorecardAsync(OrgUnit parent, string period, IReadOnlyList<string>? indicatorIds = null)
    {
        var territory = await TerritoryAsync();
        var catalog = reader.Indicators().ToDictionary(i => i.Id);
        var indicators = (indicatorIds ?? ScorecardIndicators).Where(catalog.ContainsKey).Select(id => catalog[id]).ToList();
        var values = reader.ValuesUnder(territory, parent.Code, PeriodTypeOf(period), period).ToLookup(v => v.OrgCode);
        var previous = PreviousPeriod(period) is { } p
            ? reader.ValuesUnder(territory, parent.Code, PeriodTypeOf(p), p).ToLookup(v => v.OrgCode)
            : Enumerable.Empty<IndicatorValue>().ToLookup(v => v.OrgCode);
        Dictionary<string, double?> ValuesOf(ILookup<string, IndicatorValue> source, string code) =>
            indicators.ToDictionary(i => i.Id, i => source[code].FirstOrDefault(v => v.Indicator == i.Id)?.Value);
        ScorecardRow Row(OrgUnit u, bool total) => new(u, ValuesOf(values, u.Code), total, ValuesOf(previous, u.Code));
        var rows = new List<ScorecardRow> { Row(parent, true) };
        rows.AddRange(reader.Children(territory, parent.Code).Select(u => Row(u, false)));
        return new Scorecard(parent, period, indicators, rows);
    }

    /// <summary>An indicator over time for each unit.</summary>
    public async Task<IReadOnlyList<TrendSeries>> TrendsAsync(IndicatorInfo indicator, IEnumerable<OrgUnit> units, string periodType)
    {
        var territory = await TerritoryAsync();
        return units.Select(u => new TrendSeries(u, indicator, reader.Series(territory, indicator.Id, u.Code, periodType))).ToList();
    }

    /// <summary>The components of change of a unit in a period; null when the mart has no population there.</summary>
    public async Task<PopulationBalance?> PopulationAsync(OrgUnit unit, string period)
    {
        var values = reader.ValuesOf(await TerritoryAsync(), unit.Code, PeriodTypeOf(period), period).ToDictionary(v => v.Indicator, v => v.Numerator);
        if (!values.TryGetValue("population", out var population) || !values.TryGetValue("population_start", out var start)) return null;
        double Get(string id) => values.GetValueOrDefault(id);
        return new PopulationBalance(unit, period, start, population,
            EntryReasons.Select(id => (id, Get(id))).ToList(), Get("entries"),
            ExitReasons.Select(id => (id, Get(id))).ToList(), Get("exits"));
    }

    /// <summary>The headline indicators of a unit for a year, with the previous year's.</summary>
    public async Task<IReadOnlyList<Headline>> HeadlinesAsync(OrgUnit unit, string year)
    {
        var territory = await TerritoryAsync();
        var catalog = reader.Indicators().ToDictionary(i => i.Id);
        var now = reader.ValuesOf(territory, unit.Code, "year", year).ToDictionary(v => v.Indicator, v => v.Value);
        var previousYear = int.TryParse(year, out var y) ? (y - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        var before = reader.ValuesOf(territory, unit.Code, "year", previousYear).ToDictionary(v => v.Indicator, v => v.Value);
        return HeadlineIndicators.Where(catalog.ContainsKey)
            .Select(id => new Headline(catalog[id], now.GetValueOrDefault(id), before.GetValueOrDefault(id))).ToList();
    }

    /// <summary>The period before: 2007 → 2006, 2007-Q1 → 2006-Q4, 2007-01 → 2006-12; null if not a period.</summary>
    public static string? PreviousPeriod(string period)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (period.Length < 4 || !int.TryParse(period[..4], inv, out var year)) return null;
        return PeriodTypeOf(period) switch
        {
            "year" => (year - 1).ToString(inv),
            "quarter" when int.TryParse(period[^1..], inv, out var q) => q == 1 ? $"{year - 1}-Q4" : $"{year}-Q{q - 1}",
            "month" when int.TryParse(period[5..], inv, out var m) => m == 1 ? $"{year - 1}-12" : $"{year}-{m - 1:00}",
            _ => null,
        };
    }

    /// <summary>2007 → year, 2007-Q1 → quarter, 2007-03 → month.</summary>
    public static string PeriodTypeOf(string period) =>
        period.Length == 4 ? "year" : period.Contains('Q', StringComparison.Ordinal) ? "quarter" : "month";
}
