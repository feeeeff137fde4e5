using System.Data.Common;
using CommunityFp.Etl;
using DuckDB.NET.Data;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// The dashboard's only way into the warehouse. Every query is parameterised SQL over the marts, and every method
/// takes the caller's <see cref="Territory"/> and applies it here (row-level security in one place): rows outside it
/// are filtered out, and asking for a unit outside it throws <see cref="TerritoryDeniedException"/>.
/// The serving process owns the warehouse file (<see cref="WarehouseLoader"/>); each query uses its own reader
/// connection, so a load through the server never shows half a batch.
/// </summary>
public sealed partial class WarehouseReader(WarehouseLoader warehouse, MartQueryCache cache)
{
    /// <summary>Whether the models have been built (<c>cfp build</c>): otherwise pages show their empty state.</summary>
    public bool HasBuild()
    {
        return Rows("select count(*) from information_schema.tables where table_name in ('indicator_values', 'stg_org_units', 'stg_indicator_catalog')",
            [], r => r.GetInt64(0))[0] == 3;
    }

    /// <summary>The indicator catalogue, in catalogue order.</summary>
    public IReadOnlyList<IndicatorInfo> Indicators()
    {
        return Rows("select indicator, name_zh, name_en, kind, scale, better from stg_indicator_catalog", [],
            r => new IndicatorInfo(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDouble(4), r.IsDBNull(5) ? null : r.GetString(5)));
    }

    /// <summary>The root unit of the territory (the city for city users, the street for a street office).</summary>
    public OrgUnit? RootUnit(Territory territory)
    {
        return Rows(UnitSelect + " where starts_with(code, $territory) and level <= 4 order by level, code limit 1",
            [P("territory", territory.RootCode)], ReadUnit).FirstOrDefault();
    }

    /// <summary>One unit; a refusal if it lies outside the territory, null if it does not exist.</summary>
    public OrgUnit? Unit(Territory territory, string code)
    {
        Demand(territory, code);
        return Rows(UnitSelect + " where code = $code", [P("code", code)], ReadUnit).FirstOrDefault();
    }

    /// <summary>The unit's reporting children (down to communities), in code order.</summary>
    public IReadOnlyList<OrgUnit> Children(Territory territory, string code)
    {
        Demand(territory, code);
        return Rows(UnitSelect + " where parent_code = $code and level <= 4 and starts_with(code, $territory) order by code",
            [P("code", code), P("territory", territory.RootCode)], ReadUnit);
    }

    /// <summary>Every unit of the territory (city to community), in tree order.</summary>
    public IReadOnlyList<OrgUnit> Units(Territory territory)
    {
        return Rows(UnitSelect + " where level <= 4 and starts_with(code, $territory) order by code",
            [P("territory", territory.RootCode)], ReadUnit);
    }

    /// <summary>The periods of a type the mart covers (2007, 2007-Q1, 2007-03), oldest first.</summary>
    public IReadOnlyList<string> Periods(string periodType)
    {
        return Rows("select distinct period from indicator_values where period_type = $type order by period",
            [P("type", periodType)], r => r.GetString(0));
    }

    /// <summary>An indicator over time for one unit.</summary>
    public IReadOnlyList<IndicatorValue> Series(Territory territory, string indicator, string orgCode, string periodType)
    {
        Demand(territory, orgCode);
        return Rows(ValueSelect + " where indicator = $indicator and org_code = $org and period_type = $type and starts_with(org_code, $territory) order by period",
            [P("indicator", indicator), P("org", orgCode), P("type", periodType), P("territory", territory.RootCode)], ReadValue);
    }

    /// <summary>Values of several indicators for a unit and its children in one period.</summary>
    public IReadOnlyList<IndicatorValue> ValuesUnder(Territory territory, string parentCode, string periodType, string period)
    {
        Demand(territory, parentCode);
        return Rows(ValueSelect + """
             where period_type = $type and period = $period and starts_with(org_code, $territory)
               and (org_code = $parent or org_code in (select code from stg_org_units where parent_code = $parent))
            """,
            [P("type", periodType), P("period", period), P("parent", parentCode), P("territory", territory.RootCode)], ReadValue);
    }

    /// <summary>Every indicator of one unit in one period.</summary>
    public IReadOnlyList<IndicatorValue> ValuesOf(Territory territory, string orgCode, string periodType, string period)
    {
        Demand(territory, orgCode);
        return Rows(ValueSelect + " where org_code = $org and period_type = $type and period = $period and starts_with(org_code, $territory)",
            [P("org", orgCode), P("type", periodType), P("period", period), P("territory", territory.RootCode)], ReadValue);
    }

    private static void Demand(Territory territory, string code)
    {
        if (!territory.Contains(code)) throw new TerritoryDeniedException(code);
    }

    private const string UnitSelect = "select code, name, level, parent_code from stg_org_units";

    // Counts have no denominator: their value is the count itself.
    private const string ValueSelect = """
        select indicator, org_code, period_type, period, numerator, denominator,
               coalesce(value, case when denominator is null then numerator end) as value, ci_low, ci_high
        from indicator_values
        """;

    private static OrgUnit ReadUnit(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2)), r.IsDBNull(3) ? null : r.GetString(3));

    private static IndicatorValue ReadValue(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Convert.ToDouble(r.GetValue(4)),
        NullableDouble(r, 5), NullableDouble(r, 6), NullableDouble(r, 7), NullableDouble(r, 8));

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i));

    private static long? NullableLong(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i));

    private static DuckDBParameter P(string name, object value) => new(name, value);

    /// <summary>
    /// The rows of a query over the marts, from the <see cref="MartQueryCache"/> when the warehouse has not changed
    /// since they were read (the key is the SQL, its parameters and the row reader), otherwise on a new reader connection.
    /// </summary>
    private IReadOnlyList<T> Rows<T>(string sql, DuckDBParameter[] parameters, Func<DbDataReader, T> read)
    {
        var key = string.Join('\u001f', [sql, read.Method.MethodHandle.Value.ToString(), typeof(T).FullName,
            .. parameters.Select(p => $"{p.ParameterName}={p.Value}")]);
        return cache.GetOrLoad(key, () =>
        {
            using var c = warehouse.OpenReader();
            return Query(c, sql, parameters, read);
        });
    }

    private static List<T> Query<T>(DuckDBConnection c, string sql, DuckDBParameter[] parameters, Func<DbDataReader, T> read)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(p);
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        while (r.Read()) rows.Add(read(r));
        return rows;
    }

    private static T Scalar<T>(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
