-- Newly-wed women per period: present women aged 15–49 at the period end whose marriage_date falls in the period,
-- and whether they had a newly-wed guidance visit within 90 days of the marriage.
with recently_married_women as (
    -- present women whose marriage lies within a year of the state's date (no period is longer than a year)
    select scope, resident_id, month_end, community_code, birth_date, marriage_date
    from core_resident_states
    where status = 1 and sex = 2 and marriage_date > month_end - 366 and marriage_date <= month_end
),

newlyweds as (
    select p.period_type, p.period, s.scope, s.resident_id, s.community_code, s.marriage_date
    from core_periods p
    join recently_married_women s
      on s.month_end = p.period_end
     and age_at(s.birth_date, p.period_end) between 15 and 49
     and s.marriage_date between p.period_start and p.period_end
),

guided as (
    select n.*,
           exists (
               select 1 from stg_followups v
               where v.scope = n.scope and v.woman_id = n.resident_id and v.visit_type = 4 and v.result <> 4
                 and v.visit_date between n.marriage_date and n.marriage_date + 90
           ) as has_guidance_visit
    from newlyweds n
)

select * from guided
