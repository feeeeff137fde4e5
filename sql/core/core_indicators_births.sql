-- The births-and-certificates indicators (indicators.md "Births and certificates") per period and reporting unit,
-- in long form, summed over the communities of the unit's territory (by births.community_code).
with territory as (
    select t.period_type, t.period, t.unit_code, t.unit_level, t.community_code, p.period_start, p.period_end
    from core_period_territories t join core_periods p using (period_type, period)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    where p.period_end >= getvariable('rebuild_from')
),

births_by_month as (
    select community_code, birth_month_end as month_end,
           count(*) as births,
           count(*) filter (where has_valid_certificate) as with_valid_certificate,
           count(*) filter (where birth_order = 3 and not has_valid_certificate) as third_plus_without_certificate,
           count(*) filter (where registered_early) as registered_early
    from core_birth_checks
    group by all
),

unit_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(b.births), 0) as births,
           coalesce(sum(b.with_valid_certificate), 0) as with_valid_certificate,
           coalesce(sum(b.third_plus_without_certificate), 0) as third_plus_without_certificate,
           coalesce(sum(b.registered_early), 0) as registered_early
    from territory t
    left join births_by_month b on b.community_code = t.community_code and b.month_end between t.period_start and t.period_end
    group by all
),

final as (
    select period_type, period, unit_code, unit_level, 'policy_compliant_birth_rate' as indicator,
           cast(with_valid_certificate as double) as numerator, cast(births as double) as denominator
    from unit_sums
    union all
    select period_type, period, unit_code, unit_level, 'third_plus_births_without_certificate',
           third_plus_without_certificate, null
    from unit_sums
    union all
    select period_type, period, unit_code, unit_level, 'early_pregnancy_registration_rate', registered_early, births
    from unit_sums
)

select * from final
