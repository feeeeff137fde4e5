-- Floating residents aged 18–49 present per community at each month end, and those whose marriage-and-childbearing
-- certificate was checked and found valid in the 12 months up to that date.
with floating_18_49 as (
    select scope, resident_id, community_code, month_end
    from core_resident_states
    where status = 1 and hukou = 3 and age_at(birth_date, month_end) between 18 and 49
      -- an incremental build recomputes only the month ends from its rebuild_from on
      and month_end >= getvariable('rebuild_from')
      -- an incremental build recomputing the cells of the residents whose valid-certificate checks changed (dirty keys)
      and (not getvariable('dirty_only') or (community_code, month_end) in (select community_code, month_end from core_community_floating_checks__dirty))
),

checked as (
    select f.*,
           exists (
               select 1 from stg_floating_checks c
               where c.scope = f.scope and c.resident_id = f.resident_id and c.certificate_status = 1
                 and c.check_date > add_months(f.month_end, -12) and c.check_date <= f.month_end
           ) as has_valid_check
    from floating_18_49 f
),

final as (
    select community_code, month_end, count(*) as floating_18_49,
           count(*) filter (where has_valid_check) as checked_valid
    from checked
    group by all
)

select * from final
