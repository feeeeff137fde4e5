-- Stocks of present residents (status 1) per community at each month end, ages exact at that date.
with present as (
    select community_code, month_end, sex, hukou, marital, age_at(birth_date, month_end) as age
    from core_resident_states
    -- an incremental build recomputes only the month ends from its rebuild_from on
    where status = 1 and month_end >= getvariable('rebuild_from')
),

final as (
    select community_code, month_end,
           count(*) as population,
           count(*) filter (where sex = 2 and age between 15 and 49) as wcba,
           count(*) filter (where sex = 2 and age between 15 and 49 and marital between 20 and 23) as married_wcba,
           count(*) filter (where hukou = 3) as floating_population,
           count(*) filter (where hukou = 3 and age between 18 and 49) as floating_18_49
    from present
    group by community_code, month_end
)

select * from final
