using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Product;

/// <summary>
/// De-identified microdata (issue #7 item 3): one row per woman-year, birth or contraceptive measure. A person is a
/// pseudonymous key (HMAC under a secret drawn for this export: stable inside it, unlinkable to any other export),
/// ages are 5-year bands, dates are months, places are communities; no name, citizen id or exact date leaves.
/// Resident ids are keys within a scope, so a key is made from scope and id.
/// </summary>
internal static class MicrodataExports
{
    private const string MadeBy = "cfp build";

    private const string MaritalGroup = """
        case when {0} = 10 then 'never_married' when {0} between 20 and 23 then 'married' when {0} = 30 then 'widowed'
             when {0} = 40 then 'divorced' else 'not_stated' end
        """;

    private const string Method = """
        case {0} when 1 then 'iud' when 2 then 'female_sterilisation' when 3 then 'male_sterilisation' when 4 then 'implant'
                 when 5 then 'injectable' when 6 then 'oral_pill' when 7 then 'condom' when 9 then 'other' end
        """;

    private static readonly ColumnDoc WomanKey = new("woman_key", "pseudonymous key of the woman: the same within this export, unlinkable to any other export", NotNull: true);
    private static readonly ColumnDoc District = new("district", "the district of the community", NotNull: true);
    private static readonly ColumnDoc Community = new("community_code", "the community (12-digit 统计用区划代码)");

    public static ProductExport WomanYears { get; } = new()
    {
        Reads = ["core_resident_states", "core_month_ends", "stg_measures", "stg_births"],
        MadeBy = MadeBy,
        ByUnit = true,
        ByPeriod = true,
        Definition = new ExportDefinition
        {
            Name = "woman_years",
            Kind = ExportKind.Microdata,
            Description = "妇女年 — one row per woman of childbearing age (15–49) present on 31 December, per year: age band, community, " +
                          "marital group, contraception at year end, births in the year; pseudonymous keys, no names, ids or dates",
            Sql = $"""
                with year_ends as (
                    select month_end, cast(year(month_end) as integer) as year from core_month_ends where month(month_end) = 12
                ),
                women as (
                    select s.scope, s.resident_id, y.year, s.month_end, age_years(s.birth_date, s.month_end) as age,
                           s.marital, s.hukou, s.community_code
                    from core_resident_states s join year_ends y using (month_end)
                    where s.status = 1 and s.sex = 2 and age_years(s.birth_date, s.month_end) between 15 and 49
                      and {Filters.Unit("s.community_code")} and {Filters.Within("s.month_end", "s.month_end")}
                ),
                methods_at_year_end as (
                    -- two active measures: the lowest code, i.e. the long-acting one
                    select w.scope, w.resident_id, w.year, min(m.method) as method
                    from women w
                    join stg_measures m on m.scope = w.scope and m.woman_id = w.resident_id
                     and m.start_date <= w.month_end and (m.end_date is null or m.end_date > w.month_end)
                    group by all
                ),
                births_in_year as (
                    select scope, mother_id as resident_id, cast(year(birth_date) as integer) as year, count(*) as births
                    from stg_births
                    group by all
                )
                select pseudonym(w.scope || '/' || w.resident_id) as woman_key, w.year,
                       {Filters.District("w.community_code")} as district, w.community_code,
                       age_band(w.age) as age_band, {string.Format(MaritalGroup, "w.marital")} as marital_group,
                       case w.hukou when 1 then 'local' when 2 then 'elsewhere_in_city' when 3 then 'floating' end as hukou,
                       m.method is not null as contraceptive_user,
                       {string.Format(Method, "m.method")} as contraceptive_method,
                       cast(coalesce(b.births, 0) as integer) as births_in_year
                from women w
                left join methods_at_year_end m using (scope, resident_id, year)
                left join births_in_year b using (scope, resident_id, year)
                order by w.year, w.community_code, woman_key
                """,
            Columns =
            [
                WomanKey, new("year", "the year; the woman's state is the one on 31 December", NotNull: true), District, Community,
                new("age_band", "age on 31 December in 5-year bands (15-19 … 45-49)", Unit: "years"),
                new("marital_group", "never_married | married | widowed | divorced | not_stated"),
                new("hukou", "local | elsewhere_in_city (人户分离) | floating (流动人口)"),
                new("contraceptive_user", "a contraceptive measure active on 31 December", NotNull: true),
                new("contraceptive_method", "the active measure's method (the long-acting one when two): iud, female_sterilisation, male_sterilisation, implant, injectable, oral_pill, condom, other"),
                new("births_in_year", "births registered to her during the year", Unit: "births", NotNull: true),
            ],
            CodeColumns = ["district", "community_code", "age_band", "marital_group", "hukou", "contraceptive_method"],
            LakePartitions = ["year", "district"],
        },
    };

    public static ProductExport Births { get; } = new()
    {
        Reads = ["stg_births", "core_birth_checks", "core_resident_states"],
        MadeBy = MadeBy,
        ByUnit = true,
        ByPeriod = true,
        Definition = new ExportDefinition
        {
            Name = "births",
            Kind = ExportKind.Microdata,
            Description = "出生 — one row per registered birth: month, order, sex, whether a valid birth certificate (生育证) covers it, " +
                          "community and the mother's age band; the mother as a pseudonymous key",
            Sql = $"""
                with mothers as (
                    select scope, resident_id, arg_max(birth_date, month_end) as birth_date
                    from core_resident_states
                    where sex = 2
                    group by all
                )
                select pseudonym(b.scope || '/' || b.mother_id) as mother_key, month_of(b.birth_date) as birth_month,
                       cast(year(b.birth_date) as integer) as year, {Filters.District("b.community_code")} as district, b.community_code,
                       b.birth_order, case b.child_sex when 1 then 'male' when 2 then 'female' end as child_sex,
                       c.has_valid_certificate as certificate_valid,
                       age_band(age_years(m.birth_date, b.birth_date)) as mother_age_band
                from stg_births b
                left join core_birth_checks c using (scope, birth_id)
                left join mothers m on m.scope = b.scope and m.resident_id = b.mother_id
                where {Filters.Unit("b.community_code")} and {Filters.Within("b.birth_date", "b.birth_date")}
                order by birth_month, b.community_code, mother_key, b.birth_order
                """,
            Columns =
            [
                new("mother_key", "pseudonymous key of the mother: the same within this export (her births link up), unlinkable to any other export", NotNull: true),
                new("birth_month", "month of birth, yyyy-MM", NotNull: true), new("year", "year of birth", NotNull: true), District, Community,
                new("birth_order", "the child's birth order for the mother (1 = first)"), new("child_sex", "male | female"),
                new("certificate_valid", "a valid birth certificate (生育证) covers the birth; null when the checks did not cover it"),
                new("mother_age_band", "the mother's age at the birth in 5-year bands; null when she is not in the residents register", Unit: "years"),
            ],
            CodeColumns = ["birth_month", "district", "community_code", "child_sex", "mother_age_band"],
            LakePartitions = ["year", "district"],
        },
    };

    public static ProductExport Measures { get; } = new()
    {
        Reads = ["stg_measures", "core_resident_states"],
        MadeBy = MadeBy,
        ByUnit = true,
        ByPeriod = true,
        Definition = new ExportDefinition
        {
            Name = "measures",
            Kind = ExportKind.Microdata,
            Description = "节育措施 — one row per contraceptive measure: method, start and end month, why it ended, the woman's " +
                          "community and age band at the start; the woman as a pseudonymous key",
            Sql = $"""
                with placed as (
                    -- the woman's register state nearest the start (a measure can start before the first month of data)
                    select m.scope, m.measure_id, m.woman_id, m.method, m.start_date, m.end_date, m.end_reason,
                           arg_min(s.community_code, abs(date_diff('day', s.month_end, m.start_date))) as community_code,
                           arg_min(s.birth_date, abs(date_diff('day', s.month_end, m.start_date))) as birth_date
                    from stg_measures m
                    join core_resident_states s on s.scope = m.scope and s.resident_id = m.woman_id
                    group by all
                )
                select pseudonym(p.scope || '/' || p.woman_id) as woman_key, {string.Format(Method, "p.method")} as method,
                       month_of(p.start_date) as start_month, cast(year(p.start_date) as integer) as year,
                       month_of(p.end_date) as end_month,
                       case p.end_reason when 1 then 'stopped_or_removed' when 2 then 'method_failure' when 3 then 'switched_method'
                                         when 4 then 'menopause_or_aged_out' when 9 then 'other' end as end_reason,
                       {Filters.District("p.community_code")} as district, p.community_code,
                       age_band(age_years(p.birth_date, p.start_date)) as age_band_at_start
                from placed p
                where {Filters.Unit("p.community_code")} and {Filters.Within("p.start_date", "p.start_date")}
                order by start_month, p.community_code, woman_key, method
                """,
            Columns =
            [
                WomanKey, new("method", "iud | female_sterilisation | male_sterilisation | implant | injectable | oral_pill | condom | other"),
                new("start_month", "month the measure started, yyyy-MM", NotNull: true), new("year", "year the measure started", NotNull: true),
                new("end_month", "month it ended, yyyy-MM; null while active"),
                new("end_reason", "stopped_or_removed | method_failure | switched_method | menopause_or_aged_out | other"),
                District, Community,
                new("age_band_at_start", "the woman's age at the start in 5-year bands", Unit: "years"),
            ],
            CodeColumns = ["method", "start_month", "end_month", "end_reason", "district", "community_code", "age_band_at_start"],
            LakePartitions = ["year", "district"],
        },
    };
}
