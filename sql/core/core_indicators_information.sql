-- The information-quality indicators (indicators.md "Information quality") per period and reporting unit, in
-- long form.
with territory as (
    select t.period_type, t.period, t.unit_code, t.unit_level, t.community_code, p.period_start, p.period_end
    from core_period_territories t join core_periods p using (period_type, period)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    where p.period_end >= getvariable('rebuild_from')
),

units as (
    select distinct period_type, period, unit_code, unit_level, period_start, period_end from territory
),

timeliness_by_month as (
    select community_code, event_month_end as month_end, count(*) filter (where timely) as timely,
           count(*) filter (where observable) as observable
    from core_timeliness_events
    group by all
),

hospital_by_month as (
    select community_code, birth_month_end as month_end, count(*) filter (where registered) as registered,
           count(*) as hospital_births
    from core_hospital_birth_matches
    group by all
),

timeliness_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(e.timely), 0) as numerator, coalesce(sum(e.observable), 0) as denominator
    from territory t
    left join timeliness_by_month e on e.community_code = t.community_code and e.month_end between t.period_start and t.period_end
    group by all
),

completeness_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(h.registered), 0) as numerator, coalesce(sum(h.hospital_births), 0) as denominator
    from territory t
    left join hospital_by_month h on h.community_code = t.community_code and h.month_end between t.period_start and t.period_end
    group by all
),

batch_sums as (
    -- a row counts for the unit it is attributed to and every unit above it (codes nest at natural lengths), in
    -- the period holding its batch's as_of
    select u.period_type, u.period, u.unit_code, u.unit_level,
           sum(q.quarantined_rows) as quarantined_rows, sum(q.warnings) as warnings
    from units u
    join core_batch_quality q
      on starts_with(q.unit_code, u.unit_code) and q.as_of between u.period_start and u.period_end
    group by all
),

quality_counts as (
    select u.period_type, u.period, u.unit_code, u.unit_level,
           coalesce(b.quarantined_rows, 0) as quarantined_rows, coalesce(b.warnings, 0) as warnings
    from units u
    left join batch_sums b using (period_type, period, unit_code, unit_level)
),

final as (
    select period_type, period, unit_code, unit_level, 'reporting_timeliness' as indicator,
           cast(numerator as double) as numerator, cast(denominator as double) as denominator
    from timeliness_sums
    union all
    select period_type, period, unit_code, unit_level, 'birth_registration_completeness', numerator, denominator
    from completeness_sums
    union all
    select period_type, period, unit_code, unit_level, 'quarantined_rows', quarantined_rows, null
    from quality_counts
    union all
    select period_type, period, unit_code, unit_level, 'warnings', warnings, null
    from quality_counts
)

select * from final
