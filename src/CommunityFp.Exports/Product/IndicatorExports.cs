using CommunityFp.Exports.Catalog;
using CommunityFp.Exports.Suppression;

namespace CommunityFp.Exports.Product;

/// <summary>The indicator mart (indicators.md) as researchers receive it: every count small-cell suppressed.</summary>
internal static class IndicatorExports
{
    /// <summary>The org tree as (child, parent): each code's parent in its latest version.</summary>
    private const string OrgParents = "select code, arg_max(parent_code, valid_from) from stg_org_units where parent_code is not null group by code";

    /// <summary>Months add up to their quarter and quarters to their year (flows only: see <see cref="FlowIndicators"/>).</summary>
    private const string PeriodParents = """
        select period, printf('%d-Q%d', year(period_start), quarter(period_start)) from core_periods where period_type = 'month'
        union all
        select period, cast(year(period_start) as varchar) from core_periods where period_type = 'quarter'
        """;

    /// <summary>Counts of events, whose months sum to their quarter and year (stocks and proportions do not).</summary>
    private static readonly string[] FlowIndicators = ["births", "deaths", "third_plus_births_without_certificate"];

    public static ProductExport IndicatorValues { get; } = new()
    {
        Reads = ["indicator_values", "core_periods", "stg_org_units", "stg_indicator_catalog"],
        MadeBy = "cfp build",
        ByUnit = true,
        ByPeriod = true,
        Definition = new ExportDefinition
        {
            Name = "indicator_values",
            Description = "每个单位每期的指标 — every indicator of the catalogue for every org unit (city, district, street, " +
                          "community) and period (month, quarter, year), counts of 1 … k−1 withheld with enough others that none can be solved",
            Sql = $"""
                select v.indicator, v.org_code, v.org_level, {Filters.District("v.org_code")} as district,
                       v.period_type, v.period, p.period_start, p.period_end, cast(year(p.period_start) as integer) as year,
                       cast(v.numerator as bigint) as numerator, v.denominator, v.value, v.ci_low, v.ci_high
                from indicator_values v
                join core_periods p using (period_type, period)
                where {Filters.Unit("v.org_code")} and {Filters.Within("p.period_start", "p.period_end")}
                order by v.indicator, v.org_code, v.period
                """,
            Columns =
            [
                new("indicator", "indicator id; its definition is in the metadata key indicator_definitions", NotNull: true),
                new("org_code", "org unit (统计用区划代码): 4 digits city, 6 district, 9 street, 12 community", NotNull: true),
                new("org_level", "city | district | street | community", NotNull: true),
                new("district", "the district the unit lies in (the city's own rows: 2202)", NotNull: true),
                new("period_type", "month | quarter | year", NotNull: true),
                new("period", "2007-03 | 2007-Q1 | 2007", NotNull: true),
                new("period_start", "first day of the period", NotNull: true),
                new("period_end", "last day of the period", NotNull: true),
                new("year", "calendar year of the period", NotNull: true),
                new("numerator", "the count (counts) or the rate's numerator", Unit: "persons or events"),
                new("denominator", "the rate's denominator: persons, or thousands of person-years for the per-mille rates; null for counts", Unit: "persons or thousand person-years"),
                new("value", "numerator ÷ denominator × scale (counts: the count); null when the denominator is 0 (no data)", Unit: "see the indicator's scale"),
                new("ci_low", "lower bound of the 95% interval: Wilson for proportions, the Poisson score interval for birth and death rates, Wilson of the male share for the sex ratio at birth; none for counts and natural growth"),
                new("ci_high", "upper bound of the 95% interval"),
            ],
            CodeColumns = ["indicator", "org_code", "org_level", "district", "period_type", "period"],
            Suppression = new SuppressionSpec
            {
                // period labels are distinct across types (2007, 2007-Q1, 2007-03), so the type is not part of the key
                KeyColumns = ["indicator", "org_code", "period"],
                CountColumns = ["numerator", "denominator"],
                Derived = [new("value", ["numerator", "denominator"]), new("ci_low", ["numerator", "denominator"]), new("ci_high", ["numerator", "denominator"])],
                RatePairs = [new("numerator", "denominator")],
                Margins =
                [
                    new("org_code", OrgParents, "indicator", Additive),
                    new("period", PeriodParents, "indicator", FlowIndicators),
                ],
            },
            LakePartitions = ["year", "district"],
        },
    };

    public static ProductExport PopulationAgeSex { get; } = new()
    {
        Reads = ["population_age_sex", "stg_org_units"],
        MadeBy = "cfp build",
        ByUnit = true,
        ByPeriod = true,
        Definition = new ExportDefinition
        {
            Name = "population_age_sex",
            Description = "人口年龄性别结构 — present residents on 31 December by unit, sex and 5-year age band (the population pyramid); " +
                          "counts of 1 … k−1 withheld with enough others that none can be solved from the units' totals",
            Sql = $"""
                select a.org_code,
                       case a.org_level when 1 then 'city' when 2 then 'district' when 3 then 'street' else 'community' end as org_level,
                       {Filters.District("a.org_code")} as district, a.period, cast(a.period as integer) as year,
                       case a.sex when 1 then 'male' when 2 then 'female' end as sex, a.age_band_start, a.age_band, a.residents
                from population_age_sex a
                where {Filters.Unit("a.org_code")}
                  and {Filters.Within("make_date(cast(a.period as integer), 1, 1)", "make_date(cast(a.period as integer), 12, 31)")}
                order by a.org_code, a.period, a.sex, a.age_band_start
                """,
            Columns =
            [
                new("org_code", "org unit (统计用区划代码)", NotNull: true), new("org_level", "city | district | street | community", NotNull: true),
                new("district", "the district the unit lies in (the city's own rows: 2202)", NotNull: true),
                new("period", "the year (its 31 December)", NotNull: true), new("year", "the year", NotNull: true),
                new("sex", "male | female", NotNull: true), new("age_band_start", "first age of the band (0, 5, … 85)", Unit: "years", NotNull: true),
                new("age_band", "0-4 … 80-84, 85+", NotNull: true), new("residents", "present residents (status 1) of the band", Unit: "persons"),
            ],
            CodeColumns = ["org_code", "org_level", "district", "period", "sex", "age_band"],
            Suppression = new SuppressionSpec
            {
                KeyColumns = ["org_code", "period", "sex", "age_band_start"],
                CountColumns = ["residents"],
                Margins = [new("org_code", OrgParents)],
            },
            LakePartitions = ["year", "district"],
        },
    };

    /// <summary>The indicators whose parent's numerator and denominator are the sums of its children's
    /// (stg_indicator_catalog.additive): the org margin holds for these only.</summary>
    private static IReadOnlyList<string> Additive =>
    [
        "population", "population_start", "births", "deaths", "wcba", "married_wcba", "floating_population",
        "contraceptive_prevalence", "method_mix_iud", "method_mix_female_sterilisation", "method_mix_male_sterilisation",
        "method_mix_implant", "method_mix_injectable", "method_mix_oral_pill", "method_mix_condom", "method_mix_other",
        "long_acting_share", "followup_completion", "postpartum_visit_rate", "newlywed_guidance_rate",
        "policy_compliant_birth_rate", "third_plus_births_without_certificate", "early_pregnancy_registration_rate",
        "floating_certificate_check_rate", "only_child_reward_delivery_rate", "reporting_timeliness",
        "birth_registration_completeness", "satisfaction_rate", "evaluation_participation_rate",
    ];
}
