-- The contraception indicators (indicators.md "Contraception") per period and reporting unit, in long form: the
-- stocks at the period end summed over the unit's territory.
with territory as (
    select t.period_type, t.period, t.unit_code, t.unit_level, t.community_code, p.period_end
    from core_period_territories t join core_periods p using (period_type, period)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    where p.period_end >= getvariable('rebuild_from')
),

unit_sums as (
    select t.period_type, t.period, t.unit_code, t.unit_level,
           coalesce(sum(c.married_wcba), 0) as married_wcba,
           coalesce(sum(c.users), 0) as users,
           coalesce(sum(c.long_acting_users), 0) as long_acting_users,
           coalesce(sum(c.active_measures), 0) as active_measures,
           coalesce(sum(c.measures_iud), 0) as method_mix_iud,
           coalesce(sum(c.measures_female_sterilisation), 0) as method_mix_female_sterilisation,
           coalesce(sum(c.measures_male_sterilisation), 0) as method_mix_male_sterilisation,
           coalesce(sum(c.measures_implant), 0) as method_mix_implant,
           coalesce(sum(c.measures_injectable), 0) as method_mix_injectable,
           coalesce(sum(c.measures_oral_pill), 0) as method_mix_oral_pill,
           coalesce(sum(c.measures_condom), 0) as method_mix_condom,
           coalesce(sum(c.measures_other), 0) as method_mix_other
    from territory t
    left join core_community_contraception c on c.community_code = t.community_code and c.month_end = t.period_end
    group by all
),

method_mix as (
    unpivot (
        select period_type, period, unit_code, unit_level, active_measures, method_mix_iud,
               method_mix_female_sterilisation, method_mix_male_sterilisation, method_mix_implant,
               method_mix_injectable, method_mix_oral_pill, method_mix_condom, method_mix_other
        from unit_sums
    )
    on columns(* exclude (period_type, period, unit_code, unit_level, active_measures))
    into name indicator value numerator
),

final as (
    select period_type, period, unit_code, unit_level, 'contraceptive_prevalence' as indicator,
           cast(users as double) as numerator, cast(married_wcba as double) as denominator
    from unit_sums
    union all
    select period_type, period, unit_code, unit_level, 'long_acting_share', long_acting_users, users
    from unit_sums
    union all
    select period_type, period, unit_code, unit_level, indicator, numerator, active_measures
    from method_mix
)

select * from final
