using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// The stored assessment runs (<c>cfp assess</c>). Every unit-level row is filtered by the territory here, like the
/// marts: a unit outside it is refused, evidence is shown only when its community lies inside it.
/// Run metadata, targets' thresholds and standard names are scheme data, not unit data.
/// </summary>
public sealed partial class WarehouseReader
{
    /// <summary>Whether any assessment run is stored.</summary>
    public bool HasAssessment() =>
        Rows("select count(*) from information_schema.tables where table_name in ('assessment_runs', 'assessment_units', 'assessment_criteria', 'assessment_vetoes', 'assessment_veto_evidence', 'target_progress', 'assessment_run_results')",
            [], r => r.GetInt64(0))[0] == 7
        && Rows("select count(*) from assessment_runs", [], r => r.GetInt64(0))[0] > 0;

    /// <summary>Every stored run, oldest first (created_seq).</summary>
    public IReadOnlyList<AssessmentRun> AssessmentRuns()
    {
        return Rows("""
            select run_id, scheme, scheme_version, scheme_hash, year, knowledge_date, batch_count, created_seq
            from assessment_runs order by created_seq
            """, [], r => new AssessmentRun(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2)), r.GetString(3),
                Convert.ToInt32(r.GetValue(4)), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), Convert.ToInt32(r.GetValue(6)), Convert.ToInt64(r.GetValue(7))));
    }

    /// <summary>The units under <paramref name="rootCode"/> (itself included) assessed in a run, in code order.</summary>
    public IReadOnlyList<AssessedUnit> AssessedUnits(Territory territory, string runId, string rootCode)
    {
        Demand(territory, rootCode);
        return Rows(AssessedUnitSelect + " and starts_with(unit_code, $root) and starts_with(unit_code, $territory) order by unit_code",
            [P("run", runId), P("root", rootCode), P("territory", territory.RootCode)], ReadAssessedUnit);
    }

    /// <summary>One unit's total in a run; null if the run did not assess it.</summary>
    public AssessedUnit? AssessedUnit(Territory territory, string runId, string code)
    {
        Demand(territory, code);
        return Rows(AssessedUnitSelect + " and unit_code = $code and starts_with(unit_code, $territory)",
            [P("run", runId), P("code", code), P("territory", territory.RootCode)], ReadAssessedUnit).FirstOrDefault();
    }

    /// <summary>A unit's criteria in scheme order.</summary>
    public IReadOnlyList<CriterionScore> Criteria(Territory territory, string runId, string code)
    {
        Demand(territory, code);
        return Rows("""
            select criterion_order, indicator, rule, direction, weight, target, numerator, denominator, value, ci_low, ci_high,
                   when_no_data, meets_target, points, points_lost, fairness
            from assessment_criteria
            where run_id = $run and unit_code = $code and starts_with(unit_code, $territory)
            order by criterion_order
            """, [P("run", runId), P("code", code), P("territory", territory.RootCode)],
            r => new CriterionScore(Convert.ToInt32(r.GetValue(0)), r.GetString(1), r.GetString(2), r.GetString(3),
                Convert.ToDouble(r.GetValue(4)), Convert.ToDouble(r.GetValue(5)), NullableLong(r, 6), NullableLong(r, 7),
                NullableDouble(r, 8), NullableDouble(r, 9), NullableDouble(r, 10), r.GetString(11),
                r.IsDBNull(12) ? null : r.GetBoolean(12), Convert.ToDouble(r.GetValue(13)), Convert.ToDouble(r.GetValue(14)), r.GetString(15)));
    }

    /// <summary>A unit's standards in scheme order, with why each is attained or not (from the run's result JSON).</summary>
    public IReadOnlyList<StandardOutcome> Standards(Territory territory, string runId, string code)
    {
        Demand(territory, code);
        return Rows(StandardsOfRun + """
            select j->>'standard_id', j->>'name', cast(j->>'attained' as boolean), cast(j->>'not_vetoed' as boolean),
                   cast(j->>'score_met' as boolean), cast(j->'requirements' as varchar), cast(j->'vetoed_in_years' as varchar)
            from standards
            where j->>'unit_code' = $code and starts_with(j->>'unit_code', $territory)
            order by i
            """, [P("run", runId), P("code", code), P("territory", territory.RootCode)],
            r => new StandardOutcome(r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetBoolean(3), r.GetBoolean(4),
                ReadRequirements(r.GetString(5)), ReadYears(r.IsDBNull(6) ? "[]" : r.GetString(6))));
    }

    /// <summary>The standards' names of a run by level and id (达标社区, 先进街道, …); scheme data.</summary>
    public IReadOnlyDictionary<(string Level, string Id), string> StandardNames(string runId) =>
        Rows(StandardsOfRun + """
            , named as (select j->>'unit_code' as unit_code, j->>'standard_id' as standard_id, j->>'name' as name, i from standards)
            select u.level, n.standard_id, n.name, n.i
            from named n join assessment_units u on u.unit_code = n.unit_code
            where u.run_id = $run
            order by n.i
            """, [P("run", runId)], r => (Level: r.GetString(0), Id: r.GetString(1), Name: r.GetString(2)))
            .GroupBy(s => (s.Level, s.Id)).ToDictionary(g => g.Key, g => g.First().Name);

    /// <summary>The vetoes of the units under <paramref name="rootCode"/> inside the territory, in unit and rule order.</summary>
    public IReadOnlyList<VetoRecord> Vetoes(Territory territory, string runId, string rootCode)
    {
        Demand(territory, rootCode);
        return Rows("""
            select unit_code, rule_id, origin_unit_code, propagation_path, indicator, condition, numerator, denominator,
                   value, fairness, evidence_count
            from assessment_vetoes
            where run_id = $run and starts_with(unit_code, $root) and starts_with(unit_code, $territory)
            order by unit_code, rule_id, origin_unit_code
            """, [P("run", runId), P("root", rootCode), P("territory", territory.RootCode)],
            r => new VetoRecord(r.GetString(0), r.GetString(1), r.GetString(2),
                r.GetString(3).Split(" > ", StringSplitOptions.RemoveEmptyEntries), r.GetString(4), r.GetString(5),
                Convert.ToInt64(r.GetValue(6)), NullableLong(r, 7), Convert.ToDouble(r.GetValue(8)), r.GetString(9), Convert.ToInt32(r.GetValue(10))));
    }

    /// <summary>
    /// The evidence of the vetoes under <paramref name="rootCode"/>, keyed by (unit, rule, origin). Only records whose
    /// community lies in the territory: evidence is shown to the territory that owns it.
    /// </summary>
    public ILookup<(string Unit, string Rule, string Origin), VetoEvidence> VetoEvidence(Territory territory, string runId, string rootCode)
    {
        Demand(territory, rootCode);
        return Rows("""
            select unit_code, rule_id, origin_unit_code, register, record_id, record_date, community_code
            from assessment_veto_evidence
            where run_id = $run and starts_with(unit_code, $root) and starts_with(unit_code, $territory)
              and starts_with(community_code, $territory)
            order by unit_code, rule_id, origin_unit_code, record_date, record_id
            """, [P("run", runId), P("root", rootCode), P("territory", territory.RootCode)],
            r => (Key: (r.GetString(0), r.GetString(1), r.GetString(2)),
                Evidence: new VetoEvidence(r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5), r.GetString(6))))
            .ToLookup(e => e.Key, e => e.Evidence);
    }

    /// <summary>The run's targets whose scope lies in the territory (a street office sees none of the city's).</summary>
    public IReadOnlyList<TargetProgressRow> Targets(Territory territory, AssessmentRun run)
    {
        return Rows("""
            select target_order, scope, level, standard, share_target, by_date, shares_by_year, actual_share, gap,
                   forecast_share, forecast_low, forecast_high, status, note
            from target_progress
            where run_id = $run and starts_with(scope, $territory)
            order by target_order
            """, [P("run", run.RunId), P("territory", territory.RootCode)],
            r => new TargetProgressRow(run.Year, Convert.ToInt32(r.GetValue(0)), r.GetString(1), r.GetString(2), r.GetString(3),
                r.GetString(4), r.GetFieldValue<DateOnly>(5), ParseShares(r.IsDBNull(6) ? "" : r.GetString(6)),
                NullableDouble(r, 7), NullableDouble(r, 8), NullableDouble(r, 9), NullableDouble(r, 10), NullableDouble(r, 11),
                r.GetString(12), r.IsDBNull(13) ? "" : r.GetString(13)));
    }

    /// <summary>The run's targets as its scheme states them (scope, level, standard, share, date): scheme data, no shares.</summary>
    public IReadOnlyList<TargetProgressRow> TargetDefinitions(AssessmentRun run)
    {
        return Rows("select target_order, scope, level, standard, share_target, by_date from target_progress where run_id = $run order by target_order",
            [P("run", run.RunId)], r => new TargetProgressRow(run.Year, Convert.ToInt32(r.GetValue(0)), r.GetString(1), r.GetString(2),
                r.GetString(3), r.GetString(4), r.GetFieldValue<DateOnly>(5), [], null, null, null, null, null, "", ""));
    }

    /// <summary>
    /// The indicators' targets and directions of a run's scheme, as its community criteria state them (street and
    /// district use the same thresholds). Scheme data: no unit's figure is read.
    /// </summary>
    public IReadOnlyDictionary<string, IndicatorTarget> IndicatorTargets(string runId)
    {
        return Rows("""
            select c.indicator, any_value(c.target), any_value(c.direction)
            from assessment_criteria c
            join assessment_units u on u.run_id = c.run_id and u.unit_code = c.unit_code and u.level = 'community'
            where c.run_id = $run
            group by c.indicator
            order by min(c.criterion_order)
            """, [P("run", runId)], r => new IndicatorTarget(r.GetString(0), Convert.ToDouble(r.GetValue(1)), r.GetString(2)))
            .ToDictionary(t => t.Indicator);
    }

    private const string AssessedUnitSelect = """
        select unit_code, name, level, parent_code, score, score_exact, vetoed, standards_attained, highest_standard
        from assessment_units where run_id = $run
        """;

    // The run's standards list unnested with its position (the result lists are in unit, then scheme order).
    private const string StandardsOfRun = """
        with list as (select json_extract(result_json, '$.standards[*]') as l from assessment_run_results where run_id = $run),
        standards as (select unnest(l) as j, generate_subscripts(l, 1) as i from list)
        """ + "\n";

    private static AssessedUnit ReadAssessedUnit(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), NullableDouble(r, 4),
        r.IsDBNull(5) ? null : r.GetString(5), r.GetBoolean(6),
        r.IsDBNull(7) ? [] : r.GetString(7).Split(' ', StringSplitOptions.RemoveEmptyEntries), r.IsDBNull(8) ? null : r.GetString(8));


    /// <summary>"2006:3/5 2007:4/5" → the shares per year.</summary>
    internal static IReadOnlyList<TargetYearShare> ParseShares(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var (year, fraction) = (part[..part.IndexOf(':')], part[(part.IndexOf(':') + 1)..]);
            var (attaining, units) = (fraction[..fraction.IndexOf('/')], fraction[(fraction.IndexOf('/') + 1)..]);
            return new TargetYearShare(int.Parse(year, CultureInfo.InvariantCulture), int.Parse(attaining, CultureInfo.InvariantCulture), int.Parse(units, CultureInfo.InvariantCulture));
        }).ToList();

    private static IReadOnlyList<RequirementOutcome> ReadRequirements(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(e => new RequirementOutcome(
            e.GetProperty("indicator").GetString()!, e.GetProperty("condition").GetString()!,
            e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null,
            e.GetProperty("holds").GetBoolean(), e.GetProperty("fairness").GetString()!)).ToList();
    }

    private static IReadOnlyList<int> ReadYears(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().Select(e => e.GetInt32()).ToList() : [];
    }
}
