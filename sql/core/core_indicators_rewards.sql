-- The only-child reward indicator (indicators.md "Rewards", annual only) per year and reporting unit, long form.
with territory as (
    select t.period_type, t.period, t.unit_code, t.unit_level, t.community_code, p.period_end
    from core_period_territories t join core_periods p using (period_type, period)
    where t.period_type = 'year'
      -- an incremental build recomputes only the periods ending on or after its rebuild_from
      and p.period_end >= getvariable('rebuild_from')
),

by_community as (
    select community_code, year_end, count(*) as certificates, count(*) filter (where reward_paid) as paid
    from core_reward_deliveries
    group by all
),

unit_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(c.paid), 0) as paid, coalesce(sum(c.certificates), 0) as certificates
    from territory t
    left join by_community c on c.community_code = t.community_code and c.year_end = t.period_end
    group by all
),

final as (
    select period_type, period, unit_code, unit_level, 'only_child_reward_delivery_rate' as indicator,
           cast(paid as double) as numerator, cast(certificates as double) as denominator
    from unit_sums
)

select * from final
