-- Contraceptive use of married women of childbearing age per community at each month end: the women, those with
-- a measure active at that date, long-acting users, and the active measures by method.
with married_wcba as (
    select scope, resident_id, community_code, month_end
    from core_resident_states
    where status = 1 and sex = 2 and marital between 20 and 23 and age_at(birth_date, month_end) between 15 and 49
      -- an incremental build recomputes only the month ends from its rebuild_from on
      and month_end >= getvariable('rebuild_from')
      -- an incremental build recomputing the cells of the residents whose measures changed (dirty keys)
      and (not getvariable('dirty_only') or (community_code, month_end) in (select community_code, month_end from core_community_contraception__dirty))
),

active_measures as (
    select w.community_code, w.month_end, w.scope, w.resident_id, m.measure_id, m.method
    from married_wcba w
    join stg_measures m
      on m.scope = w.scope and m.woman_id = w.resident_id
     and m.start_date <= w.month_end and (m.end_date is null or m.end_date > w.month_end)
),

users as (
    select community_code, month_end, scope, resident_id, bool_or(method between 1 and 4) as uses_long_acting
    from active_measures
    group by all
),

women_counts as (
    select community_code, month_end, count(*) as married_wcba
    from married_wcba
    group by all
),

user_counts as (
    select community_code, month_end, count(*) as users, count(*) filter (where uses_long_acting) as long_acting_users
    from users
    group by all
),

measure_counts as (
    select community_code, month_end,
           count(*) as active_measures,
           count(*) filter (where method = 1) as measures_iud,
           count(*) filter (where method = 2) as measures_female_sterilisation,
           count(*) filter (where method = 3) as measures_male_sterilisation,
           count(*) filter (where method = 4) as measures_implant,
           count(*) filter (where method = 5) as measures_injectable,
           count(*) filter (where method = 6) as measures_oral_pill,
           count(*) filter (where method = 7) as measures_condom,
           count(*) filter (where method = 9) as measures_other
    from active_measures
    group by all
),

final as (
    select w.community_code, w.month_end, w.married_wcba,
           coalesce(u.users, 0) as users,
           coalesce(u.long_acting_users, 0) as long_acting_users,
           coalesce(m.active_measures, 0) as active_measures,
           coalesce(m.measures_iud, 0) as measures_iud,
           coalesce(m.measures_female_sterilisation, 0) as measures_female_sterilisation,
           coalesce(m.measures_male_sterilisation, 0) as measures_male_sterilisation,
           coalesce(m.measures_implant, 0) as measures_implant,
           coalesce(m.measures_injectable, 0) as measures_injectable,
           coalesce(m.measures_oral_pill, 0) as measures_oral_pill,
           coalesce(m.measures_condom, 0) as measures_condom,
           coalesce(m.measures_other, 0) as measures_other
    from women_counts w
    left join user_counts u using (community_code, month_end)
    left join measure_counts m using (community_code, month_end)
)

select * from final
