using CommunityFp.Exports.Catalog;
using CommunityFp.Exports.Suppression;

namespace CommunityFp.Exports.Product;

/// <summary>
/// The stored assessment runs (docs/assessment.md). Units, criteria, vetoes and target progress are aggregates:
/// researchers receive them, with the counts behind a criterion or veto suppressed like the indicators'. The veto
/// evidence names register records (record id, exact date): administrators only.
/// </summary>
internal static class AssessmentExports
{
    private const string MadeBy = "cfp assess --year YYYY";

    private static readonly ColumnDoc RunId = new("run_id", "the stored assessment run (cfp assess --list)", NotNull: true);
    private static readonly ColumnDoc Year = new("year", "the assessed year", NotNull: true);
    private static readonly ColumnDoc District = new("district", "the district the unit lies in (the city's own rows: 2202)", NotNull: true);
    private static readonly ColumnDoc UnitCode = new("unit_code", "org unit (统计用区划代码)", NotNull: true);

    private static string Where(string unit) => $"{Filters.Run("r.run_id", "r.knowledge_date")} and {Filters.Unit(unit)} and {Filters.Year("r.year")}";

    public static ProductExport Runs { get; } = new()
    {
        Reads = ["assessment_runs"],
        MadeBy = MadeBy,
        ByPeriod = true,
        Definition = new ExportDefinition
        {
            Name = "assessment_runs",
            Description = "考核运行 — the stored assessment runs: scheme, year, knowledge date and the hash of the batches and models behind each",
            Sql = $"""
                select r.run_id, r.scheme, r.scheme_version, r.scheme_hash, r.year, r.knowledge_date, r.batch_ids_hash,
                       r.batch_count, r.models_hash, r.created_seq
                from assessment_runs r
                where {Filters.Year("r.year")}
                order by r.created_seq
                """,
            Columns =
            [
                RunId, new("scheme", "assessment scheme id"), new("scheme_version", "scheme version"),
                new("scheme_hash", "SHA-256 of the scheme file's bytes"), Year,
                new("knowledge_date", "the knowledge date of the figures (null: every loaded batch)"),
                new("batch_ids_hash", "hash of the batch versions behind the figures"),
                new("batch_count", "number of batch versions behind the figures", Unit: "batches"),
                new("models_hash", "hash of the SQL models that computed the figures"),
                new("created_seq", "order in which the runs were stored"),
            ],
            CodeColumns = ["scheme"],
            LakePartitions = ["year"],
        },
    };

    public static ProductExport Units { get; } = new()
    {
        Reads = ["assessment_units", "assessment_runs"],
        MadeBy = MadeBy,
        ByUnit = true,
        ByPeriod = true,
        PerRun = true,
        Definition = new ExportDefinition
        {
            Name = "assessment_units",
            Description = "考核结果 — per run, every assessed unit: score, vetoed, standards attained (达标 / 先进 / 和谐)",
            Sql = $"""
                select u.run_id, r.year, u.unit_code, {Filters.District("u.unit_code")} as district, u.level, u.parent_code,
                       u.name as unit_name, u.score, u.score_exact, u.points_counted, u.vetoed, u.standards_attained, u.highest_standard
                from assessment_units u join assessment_runs r using (run_id)
                where {Where("u.unit_code")}
                order by u.run_id, u.unit_code
                """,
            Columns =
            [
                RunId, Year, UnitCode, District, new("level", "community | street | district"), new("parent_code", "the unit's parent"),
                new("unit_name", "the org unit's name (not a person's)"), new("score", "score, rounded to 6 places", Unit: "points"),
                new("score_exact", "score as an exact fraction n/d"), new("points_counted", "weights that counted", Unit: "points"),
                new("vetoed", "a one-vote veto (一票否决) holds for the unit"), new("standards_attained", "standards attained, comma-separated"),
                new("highest_standard", "the highest standard attained"),
            ],
            CodeColumns = ["unit_code", "district", "level", "parent_code", "highest_standard"],
            LakePartitions = ["year", "district"],
        },
    };

    public static ProductExport Criteria { get; } = new()
    {
        Reads = ["assessment_criteria", "assessment_runs"],
        MadeBy = MadeBy,
        ByUnit = true,
        ByPeriod = true,
        PerRun = true,
        Definition = new ExportDefinition
        {
            Name = "assessment_criteria",
            Description = "考核指标得分 — per run, unit and criterion: the figure, its interval, target and points; counts of 1 … k−1 withheld with what reveals them",
            Sql = $"""
                select c.run_id, r.year, c.unit_code, {Filters.District("c.unit_code")} as district, c.criterion_order, c.indicator,
                       c.rule, c.direction, c.weight, c.target, c.per_point, c.floor, c.numerator, c.denominator, c.value,
                       c.value_exact, c.ci_low, c.ci_high, c.when_no_data, c.meets_target, c.points, c.points_exact,
                       c.points_lost, c.fairness
                from assessment_criteria c join assessment_runs r using (run_id)
                where {Where("c.unit_code")}
                order by c.run_id, c.unit_code, c.criterion_order
                """,
            Columns =
            [
                RunId, Year, UnitCode, District, new("criterion_order", "the criterion's position in the scheme"),
                new("indicator", "indicator id"), new("rule", "scoring rule"), new("direction", "higher or lower is better"),
                new("weight", "the criterion's weight", Unit: "points"), new("target", "the target value"),
                new("per_point", "shortfall per point deducted"), new("floor", "value scoring 0 (linear rule)"),
                new("numerator", "the figure's numerator", Unit: "persons or events"), new("denominator", "the figure's denominator", Unit: "persons"),
                new("value", "numerator ÷ denominator (or the count)"), new("value_exact", "value as an exact fraction"),
                new("ci_low", "95% Wilson interval, lower"), new("ci_high", "95% Wilson interval, upper"),
                new("when_no_data", "how a missing figure was scored"), new("meets_target", "the value meets the target"),
                new("points", "points scored", Unit: "points"), new("points_exact", "points as an exact fraction"),
                new("points_lost", "points lost", Unit: "points"), new("fairness", "meaningful | could_be_noise | no_noise_question | no_interval | no_data"),
            ],
            CodeColumns = ["unit_code", "district", "indicator", "rule", "direction", "when_no_data", "fairness"],
            Suppression = new SuppressionSpec
            {
                KeyColumns = ["run_id", "unit_code", "criterion_order"],
                CountColumns = ["numerator", "denominator"],
                // points, the value and the target give the value back, and the value with the denominator the numerator
                Derived =
                [
                    new("value", ["numerator", "denominator"]), new("value_exact", ["numerator", "denominator"]),
                    new("ci_low", ["numerator", "denominator"]), new("ci_high", ["numerator", "denominator"]),
                    new("points", ["numerator", "denominator"]), new("points_exact", ["numerator", "denominator"]),
                    new("points_lost", ["numerator", "denominator"]), new("meets_target", ["numerator", "denominator"]),
                ],
                RatePairs = [new("numerator", "denominator")],
            },
            LakePartitions = ["year", "district"],
        },
    };

    public static ProductExport Vetoes { get; } = new()
    {
        Reads = ["assessment_vetoes", "assessment_runs"],
        MadeBy = MadeBy,
        ByUnit = true,
        ByPeriod = true,
        PerRun = true,
        Definition = new ExportDefinition
        {
            Name = "assessment_vetoes",
            Description = "一票否决 — per run, every veto holding for a unit: rule, origin, propagation, the figure (small counts withheld) and how many records are evidence",
            Sql = $"""
                select v.run_id, r.year, v.unit_code, {Filters.District("v.unit_code")} as district, v.rule_id, v.rule_level,
                       v.origin_unit_code, v.propagation_path, v.indicator, v.condition, v.numerator, v.denominator, v.value,
                       v.value_exact, v.ci_low, v.ci_high, v.fairness, v.evidence_count
                from assessment_vetoes v join assessment_runs r using (run_id)
                where {Where("v.unit_code")}
                order by v.run_id, v.unit_code, v.rule_id, v.origin_unit_code
                """,
            Columns =
            [
                RunId, Year, UnitCode, District, new("rule_id", "veto rule"), new("rule_level", "level the rule is defined at"),
                new("origin_unit_code", "the community the veto comes from"), new("propagation_path", "origin → … → unit"),
                new("indicator", "indicator id"), new("condition", "the veto's condition"),
                new("numerator", "the figure's numerator", Unit: "persons or events"), new("denominator", "the figure's denominator", Unit: "persons"),
                new("value", "the figure"), new("value_exact", "the figure as an exact fraction"),
                new("ci_low", "95% interval, lower"), new("ci_high", "95% interval, upper"), new("fairness", "whether the veto could be noise"),
                new("evidence_count", "records that are evidence of the veto (administrators see them with cfp export assessment_veto_evidence)", Unit: "records"),
            ],
            CodeColumns = ["unit_code", "district", "rule_id", "rule_level", "origin_unit_code", "indicator", "fairness"],
            Suppression = new SuppressionSpec
            {
                KeyColumns = ["run_id", "unit_code", "rule_id", "origin_unit_code"],
                CountColumns = ["numerator", "denominator", "evidence_count"],
                Derived =
                [
                    new("value", ["numerator", "denominator"]), new("value_exact", ["numerator", "denominator"]),
                    new("ci_low", ["numerator", "denominator"]), new("ci_high", ["numerator", "denominator"]),
                ],
                RatePairs = [new("numerator", "denominator")],
            },
            LakePartitions = ["year", "district"],
        },
    };

    public static ProductExport VetoEvidence { get; } = new()
    {
        Reads = ["assessment_veto_evidence", "assessment_runs"],
        MadeBy = MadeBy,
        Audience = ExportAudience.Administrators,
        ByUnit = true,
        ByPeriod = true,
        PerRun = true,
        Definition = new ExportDefinition
        {
            Name = "assessment_veto_evidence",
            Description = "否决证据 — the register records behind each veto, by record id and date (administrators only: a record id leads back to a person in the registers)",
            Sql = $"""
                select e.run_id, e.unit_code, e.rule_id, e.origin_unit_code, e.register, e.record_id, e.record_date, e.community_code
                from assessment_veto_evidence e join assessment_runs r using (run_id)
                where {Where("e.unit_code")}
                order by e.run_id, e.unit_code, e.rule_id, e.origin_unit_code, e.register, e.record_id
                """,
            Columns =
            [
                RunId, UnitCode, new("rule_id", "veto rule"), new("origin_unit_code", "the community the veto comes from"),
                new("register", "the register holding the record"), new("record_id", "the record's id in its register (not a citizen id)"),
                new("record_date", "the record's date (birth date of the child, …)"), new("community_code", "the record's community"),
            ],
        },
    };

    public static ProductExport TargetProgress { get; } = new()
    {
        Reads = ["target_progress", "assessment_runs"],
        MadeBy = MadeBy,
        ByPeriod = true,
        PerRun = true,
        Definition = new ExportDefinition
        {
            Name = "target_progress",
            Description = "目标进度 — per run, each target (90% 达标, 20% 先进, 100% 和谐): the share attained per year, the gap and the forecast",
            Sql = $"""
                select t.run_id, r.year, t.target_order, t.scope, t.level, t.standard, t.share_target, t.by_date, t.shares_by_year,
                       t.actual_share, t.gap, t.forecast_method, t.forecast_share, t.forecast_low, t.forecast_high, t.status, t.note
                from target_progress t join assessment_runs r using (run_id)
                where {Filters.Run("t.run_id", "r.knowledge_date")} and {Filters.Year("r.year")}
                order by t.run_id, t.target_order
                """,
            Columns =
            [
                RunId, Year, new("target_order", "the target's position in the scheme"), new("scope", "org unit the target is set for"),
                new("level", "level whose units count"), new("standard", "the standard to attain"), new("share_target", "share of units to attain it"),
                new("by_date", "the target's date"), new("shares_by_year", "share attained per assessed year (JSON)"),
                new("actual_share", "share attained in the run's year", Unit: "proportion"), new("gap", "target − actual", Unit: "proportion"),
                new("forecast_method", "forecast method (docs/assessment-forecast.md)"), new("forecast_share", "forecast share at the target date", Unit: "proportion"),
                new("forecast_low", "forecast interval, lower", Unit: "proportion"), new("forecast_high", "forecast interval, upper", Unit: "proportion"),
                new("status", "on track | at risk | …"), new("note", "explanation"),
            ],
            CodeColumns = ["scope", "level", "standard", "forecast_method", "status"],
            LakePartitions = ["year"],
        },
    };
}
