-- The population figures of core_unit_population in the long form every indicator group shares.
with unit_population as (
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    select * from core_unit_population where period_end >= getvariable('rebuild_from')
),

counts as (
    unpivot (
        select period_type, period, period_end, unit_code, unit_level, population, population_start, entries, entries_moved_within,
               entries_born, entries_moved_in, entries_registered_late, exits, exits_moved_within, exits_moved_out,
               exits_died, exits_deleted, births, deaths, wcba, married_wcba, floating_population
        from unit_population
    )
    on columns(* exclude (period_type, period, period_end, unit_code, unit_level))
    into name indicator value numerator
),

rates as (
    select period_type, period, period_end, unit_code, unit_level, 'birth_rate' as indicator,
           births as numerator, thousand_person_years as denominator
    from unit_population
    union all
    select period_type, period, period_end, unit_code, unit_level, 'death_rate', deaths, thousand_person_years
    from unit_population
    union all
    select period_type, period, period_end, unit_code, unit_level, 'natural_growth_rate', births - deaths, thousand_person_years
    from unit_population
    union all
    select period_type, period, period_end, unit_code, unit_level, 'sex_ratio_at_birth', male_births, female_births
    from unit_population
),

final as (
    select period_type, period, period_end, unit_code, unit_level, indicator, cast(numerator as double) as numerator,
           cast(null as double) as denominator
    from counts
    union all
    select period_type, period, period_end, unit_code, unit_level, indicator, cast(numerator as double), cast(denominator as double)
    from rates
)

select * from final
