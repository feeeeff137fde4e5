namespace CommunityFp.Dashboard.Data;

public sealed partial class WarehouseReader
{
    /// <summary>
    /// The population pyramid of a unit at a year end (mart population_age_sex), youngest band first; empty when
    /// the warehouse was built before the mart existed (a rebuild adds it).
    /// </summary>
    public IReadOnlyList<AgeSexBand> AgeSex(Territory territory, string orgCode, string year)
    {
        Demand(territory, orgCode);
        var hasMart = Rows("select count(*) from information_schema.tables where table_name = 'population_age_sex'", [], r => r.GetInt64(0))[0] > 0;
        if (!hasMart) return [];
        return Rows("""
            select age_band_start, age_band,
                   cast(coalesce(sum(residents) filter (where sex = 1), 0) as bigint) as males,
                   cast(coalesce(sum(residents) filter (where sex = 2), 0) as bigint) as females
            from population_age_sex
            where org_code = $org and period = $year and starts_with(org_code, $territory)
            group by all order by age_band_start
            """,
            [P("org", orgCode), P("year", year), P("territory", territory.RootCode)],
            r => new AgeSexBand(r.GetInt32(0), r.GetString(1), Convert.ToInt64(r.GetValue(2)), Convert.ToInt64(r.GetValue(3))));
    }
}
