-- Population figures per period and reporting unit: stocks at both ends of the period summed over the territory,
-- flows on the whole territory, births and deaths by community.
with territory as (
    select t.*, p.period_start, p.period_end, p.start_state_date, p.months_in_period
    from core_period_territories t join core_periods p using (period_type, period)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    where p.period_end >= getvariable('rebuild_from')
),

units as (
    select distinct period_type, period, period_end, unit_code, unit_level, months_in_period from territory
),

stocks_at_end as (
    select t.period_type, t.period, t.unit_code,
           sum(s.population) as population, sum(s.wcba) as wcba, sum(s.married_wcba) as married_wcba,
           sum(s.floating_population) as floating_population
    from territory t
    join core_community_stocks s on s.community_code = t.community_code and s.month_end = t.period_end
    group by all
),

stocks_at_start as (
    select t.period_type, t.period, t.unit_code, sum(s.population) as population_start
    from territory t
    join core_community_stocks s on s.community_code = t.community_code and s.month_end = t.start_state_date
    group by all
),

flows as (
    select period_type, period, unit_code,
           sum(residents) filter (where flow = 'entries_moved_within') as entries_moved_within,
           sum(residents) filter (where flow = 'entries_born') as entries_born,
           sum(residents) filter (where flow = 'entries_moved_in') as entries_moved_in,
           sum(residents) filter (where flow = 'entries_registered_late') as entries_registered_late,
           sum(residents) filter (where flow = 'exits_moved_within') as exits_moved_within,
           sum(residents) filter (where flow = 'exits_moved_out') as exits_moved_out,
           sum(residents) filter (where flow = 'exits_died') as exits_died,
           sum(residents) filter (where flow = 'exits_deleted') as exits_deleted
    from core_population_flows
    where period_end >= getvariable('rebuild_from')
    group by all
),

births as (
    select t.period_type, t.period, t.unit_code,
           count(*) as births,
           count(*) filter (where b.child_sex = 1) as male_births,
           count(*) filter (where b.child_sex = 2) as female_births
    from territory t
    join stg_births b on b.community_code = t.community_code and b.birth_date between t.period_start and t.period_end
    group by all
),

deaths as (
    select t.period_type, t.period, t.unit_code, count(*) as deaths
    from territory t
    join core_resident_last_records r
      on r.community_code = t.community_code and r.status = 3 and r.status_date between t.period_start and t.period_end
    group by all
),

final as (
    select u.period_type, u.period, u.period_end, u.unit_code, u.unit_level, u.months_in_period,
           coalesce(e.population, 0) as population,
           coalesce(s.population_start, 0) as population_start,
           coalesce(f.entries_moved_within, 0) + coalesce(f.entries_born, 0) + coalesce(f.entries_moved_in, 0)
               + coalesce(f.entries_registered_late, 0) as entries,
           coalesce(f.entries_moved_within, 0) as entries_moved_within,
           coalesce(f.entries_born, 0) as entries_born,
           coalesce(f.entries_moved_in, 0) as entries_moved_in,
           coalesce(f.entries_registered_late, 0) as entries_registered_late,
           coalesce(f.exits_moved_within, 0) + coalesce(f.exits_moved_out, 0) + coalesce(f.exits_died, 0)
               + coalesce(f.exits_deleted, 0) as exits,
           coalesce(f.exits_moved_within, 0) as exits_moved_within,
           coalesce(f.exits_moved_out, 0) as exits_moved_out,
           coalesce(f.exits_died, 0) as exits_died,
           coalesce(f.exits_deleted, 0) as exits_deleted,
           coalesce(b.births, 0) as births,
           coalesce(b.male_births, 0) as male_births,
           coalesce(b.female_births, 0) as female_births,
           coalesce(d.deaths, 0) as deaths,
           coalesce(e.wcba, 0) as wcba,
           coalesce(e.married_wcba, 0) as married_wcba,
           coalesce(e.floating_population, 0) as floating_population,
           -- person-years in thousands: the denominator of the annualised per-mille rates
           (coalesce(s.population_start, 0) + coalesce(e.population, 0)) / 2.0 * u.months_in_period / 12.0 / 1000.0
               as thousand_person_years
    from units u
    left join stocks_at_end e using (period_type, period, unit_code)
    left join stocks_at_start s using (period_type, period, unit_code)
    left join flows f using (period_type, period, unit_code)
    left join births b using (period_type, period, unit_code)
    left join deaths d using (period_type, period, unit_code)
)

select * from final
