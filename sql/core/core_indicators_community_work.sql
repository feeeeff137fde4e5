-- The community-work indicators (indicators.md "Community work") per period and reporting unit, in long form.
with recursive territory as (
    select t.period_type, t.period, t.unit_code, t.unit_level, t.community_code, p.period_start, p.period_end
    from core_period_territories t join core_periods p using (period_type, period)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    where p.period_end >= getvariable('rebuild_from')
),

units as (
    select distinct period_type, period, unit_code, unit_level, period_start, period_end from territory
),

unit_ancestors(code, ancestor_code) as (
    -- every unit with itself and every unit above it, whatever their validity dates
    select code, code from stg_org_units
    union
    select a.code, u.parent_code
    from unit_ancestors a join stg_org_units u on u.code = a.ancestor_code
    where u.parent_code is not null
),

activity_counts as (
    select u.period_type, u.period, u.unit_code, u.unit_level,
           count(a.activity_id) filter (where a.org_code = u.unit_code) as own_activities,
           count(a.activity_id) as activities
    from units u
    left join unit_ancestors x on x.ancestor_code = u.unit_code
    left join stg_activities a on a.org_code = x.code and a.activity_date between u.period_start and u.period_end
    group by all
),

evaluation_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(e.satisfied), 0) as satisfied, coalesce(sum(e.respondents), 0) as respondents,
           coalesce(sum(e.households_invited), 0) as households_invited
    from territory t
    left join stg_evaluations e
      on e.community_code = t.community_code and e.evaluation_date between t.period_start and t.period_end
    group by all
),

final as (
    select period_type, period, unit_code, unit_level, 'own_activities' as indicator,
           cast(own_activities as double) as numerator, cast(null as double) as denominator
    from activity_counts
    union all
    select period_type, period, unit_code, unit_level, 'activities', activities, null
    from activity_counts
    union all
    select period_type, period, unit_code, unit_level, 'satisfaction_rate', satisfied, respondents
    from evaluation_sums
    union all
    select period_type, period, unit_code, unit_level, 'evaluation_participation_rate', respondents, households_invited
    from evaluation_sums
)

select * from final
