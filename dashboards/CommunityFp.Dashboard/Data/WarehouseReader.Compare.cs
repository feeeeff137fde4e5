namespace CommunityFp.Dashboard.Data;

// Compare communities (/compare): the values of one indicator for every community under a unit.
public sealed partial class WarehouseReader
{
    /// <summary>
    /// One indicator's values in one period for every community (level 4) under <paramref name="parentCode"/> that
    /// the mart reports, with the community; a refusal if the parent lies outside the territory.
    /// </summary>
    public IReadOnlyList<(OrgUnit Unit, IndicatorValue Value)> CommunityValues(
        Territory territory, string parentCode, string indicator, string periodType, string period)
    {
        Demand(territory, parentCode);
        return Rows("""
            select u.code, u.name, u.level, u.parent_code,
                   v.indicator, v.org_code, v.period_type, v.period, v.numerator, v.denominator, v.value, v.ci_low, v.ci_high
            from indicator_values v
            join stg_org_units u on u.code = v.org_code
            where v.indicator = $indicator and v.period_type = $type and v.period = $period
              and u.level = 4 and starts_with(u.code, $parent) and starts_with(u.code, $territory)
            order by u.code
            """,
            [P("indicator", indicator), P("type", periodType), P("period", period), P("parent", parentCode), P("territory", territory.RootCode)],
            r => (ReadUnit(r), new IndicatorValue(r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
                Convert.ToDouble(r.GetValue(8)), NullableDouble(r, 9), NullableDouble(r, 10), NullableDouble(r, 11), NullableDouble(r, 12))));
    }
}
