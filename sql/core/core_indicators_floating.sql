-- The floating-population indicator (indicators.md "Floating population") per period and reporting unit, in long
-- form: stocks at the period end summed over the unit's territory.
with territory as (
    select t.period_type, t.period, t.unit_code, t.unit_level, t.community_code, p.period_end
    from core_period_territories t join core_periods p using (period_type, period)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    where p.period_end >= getvariable('rebuild_from')
),

unit_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(c.checked_valid), 0) as checked_valid, coalesce(sum(c.floating_18_49), 0) as floating_18_49
    from territory t
    left join core_community_floating_checks c on c.community_code = t.community_code and c.month_end = t.period_end
    group by all
),

final as (
    select period_type, period, unit_code, unit_level, 'floating_certificate_check_rate' as indicator,
           cast(checked_valid as double) as numerator, cast(floating_18_49 as double) as denominator
    from unit_sums
)

select * from final
