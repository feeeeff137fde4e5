namespace CommunityFp.Dashboard.Data;

// Data quality (/quality): loads, refusals, quarantined rows and warnings. Counts and reasons only: the quarantine's
// raw_text (the record as written: personal data) is never read here.
public sealed partial class WarehouseReader
{
    /// <summary>
    /// The batch arrivals (load_audit, one row per arrival) of a year whose scope lies inside <paramref name="unitCode"/>
    /// or contains it (a district batch for a street). Row counts are given only for batches inside the unit: a broader
    /// batch's counts include other territories (its rows for the unit are in <see cref="BatchIssues"/>).
    /// </summary>
    public IReadOnlyList<BatchArrival> BatchArrivals(Territory territory, string unitCode, string year)
    {
        Demand(territory, unitCode);
        return Rows("""
            select arrival_seq, arrived_at, scope, as_of, exported_at, outcome, reason, is_current,
                   case when starts_with(scope, $unit) then rows_read end,
                   case when starts_with(scope, $unit) then rows_loaded end,
                   case when starts_with(scope, $unit) then rows_quarantined end,
                   case when starts_with(scope, $unit) then rows_warned end
            from load_audit
            where file is null and length(scope) > 0 and starts_with(as_of, $year)
              and (starts_with(scope, $unit) or starts_with($unit, scope))
              and (starts_with(scope, $territory) or starts_with($territory, scope))
            order by as_of desc, scope, arrival_seq desc
            """,
            [P("unit", unitCode), P("year", year), P("territory", territory.RootCode)],
            r => new BatchArrival(Convert.ToInt32(r.GetValue(0)), r.GetDateTime(1), r.GetString(2), r.IsDBNull(3) ? "" : r.GetString(3),
                r.IsDBNull(4) ? "" : r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : ReasonMask.Mask(r.GetString(6)),
                !r.IsDBNull(7) && r.GetBoolean(7), NullableLong(r, 8), NullableLong(r, 9), NullableLong(r, 10), NullableLong(r, 11)));
    }

    /// <summary>Quarantined rows and warnings of the year's batches (as known now) per batch, register and attributed unit inside the unit.</summary>
    public IReadOnlyList<BatchIssue> BatchIssues(Territory territory, string unitCode, string year)
    {
        Demand(territory, unitCode);
        return Rows("""
            select q.scope, strftime(q.as_of, '%Y-%m-%d') as as_of, q.register, q.unit_code, coalesce(any_value(u.name), q.unit_code),
                   coalesce(any_value(u.level), 0), cast(sum(q.quarantined_rows) as bigint), cast(sum(q.warnings) as bigint)
            from core_batch_quality q
            left join stg_org_units u on u.code = q.unit_code
            where starts_with(q.unit_code, $unit) and starts_with(q.unit_code, $territory) and year(q.as_of) = $year
            group by q.scope, q.as_of, q.register, q.unit_code
            order by q.as_of desc, q.unit_code, q.register
            """,
            [P("unit", unitCode), P("territory", territory.RootCode), P("year", Year(year))],
            r => new BatchIssue(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Convert.ToInt32(r.GetValue(5)),
                Convert.ToInt64(r.GetValue(6)), Convert.ToInt64(r.GetValue(7))));
    }

    /// <summary>
    /// The reasons of the year's row errors and warnings (column names and rules) with their counts per register, for
    /// the rows attributed to units inside the unit (so a street office sees its own rows of a district's batch).
    /// </summary>
    public IReadOnlyList<QuarantineReason> IssueReasons(Territory territory, string unitCode, string year, int limit = 40)
    {
        Demand(territory, unitCode);
        return Rows("""
            select register, reason, cast(sum(quarantined_rows) as bigint) as quarantined, cast(sum(warnings) as bigint) as warned
            from core_batch_quality
            where starts_with(unit_code, $unit) and starts_with(unit_code, $territory) and year(as_of) = $year
            group by register, reason
            order by sum(quarantined_rows) + sum(warnings) desc, register, reason
            limit $limit
            """,
            [P("unit", unitCode), P("territory", territory.RootCode), P("year", Year(year)), P("limit", limit)],
            r => new QuarantineReason(r.GetString(0), ReasonMask.Mask(r.GetString(1)), Convert.ToInt64(r.GetValue(2)), Convert.ToInt64(r.GetValue(3))));
    }

    private static int Year(string year) => int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The years of the batches loaded (as_of), newest first.</summary>
    public IReadOnlyList<string> BatchYears(Territory territory)
    {
        return Rows("""
            select distinct left(as_of, 4) as y from load_audit
            where length(scope) > 0 and length(as_of) >= 4 and (starts_with(scope, $territory) or starts_with($territory, scope))
            order by y desc
            """, [P("territory", territory.RootCode)], r => r.GetString(0));
    }

}
