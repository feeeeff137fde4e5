-- The follow-up indicators (indicators.md "Follow-up") per period and reporting unit, in long form, summed over
-- the communities of the unit's territory.
with territory as (
    select t.period_type, t.period, t.unit_code, t.unit_level, t.community_code, p.period_start, p.period_end
    from core_period_territories t join core_periods p using (period_type, period)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    where p.period_end >= getvariable('rebuild_from')
),

due_by_month as (
    select community_code, due_month_end as month_end, count(*) as due, count(*) filter (where completed) as completed
    from core_due_visits
    group by all
),

births_by_month as (
    select community_code, birth_month_end as month_end, count(*) as births,
           count(*) filter (where has_postpartum_visit) as visited
    from core_birth_checks
    group by all
),

newlyweds as (
    select period_type, period, community_code, count(*) as women, count(*) filter (where has_guidance_visit) as guided
    from core_newlywed_guidance
    group by all
),

due_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(d.completed), 0) as numerator, coalesce(sum(d.due), 0) as denominator
    from territory t
    left join due_by_month d on d.community_code = t.community_code and d.month_end between t.period_start and t.period_end
    group by all
),

postpartum_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(b.visited), 0) as numerator, coalesce(sum(b.births), 0) as denominator
    from territory t
    left join births_by_month b on b.community_code = t.community_code and b.month_end between t.period_start and t.period_end
    group by all
),

newlywed_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(n.guided), 0) as numerator, coalesce(sum(n.women), 0) as denominator
    from territory t
    left join newlyweds n on n.period_type = t.period_type and n.period = t.period and n.community_code = t.community_code
    group by all
),

final as (
    select period_type, period, unit_code, unit_level, 'followup_completion' as indicator,
           cast(numerator as double) as numerator, cast(denominator as double) as denominator
    from due_sums
    union all
    select period_type, period, unit_code, unit_level, 'postpartum_visit_rate', numerator, denominator
    from postpartum_sums
    union all
    select period_type, period, unit_code, unit_level, 'newlywed_guidance_rate', numerator, denominator
    from newlywed_sums
)

select * from final
