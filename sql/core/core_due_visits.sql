-- Due follow-up visits (indicators.md "Due visits"): every due date of every measure that counts (active at the
-- date, the woman present at the end of its month, observable), whether a visit completed it, and the community
-- it is attributed to.
with data_range as (
    select min(month_end) as first_end, max(month_end) as last_end from core_month_ends
),

month_offsets as (
    -- only offsets whose due date can fall inside the data's months
    select m.scope, m.measure_id, m.woman_id, m.method, m.start_date, m.end_date, t.n
    from stg_measures m
    cross join data_range r
    -- (from the first month an incremental build recomputes: due dates before it are kept)
    cross join range(greatest(1, datediff('month', m.start_date, greatest(r.first_end, getvariable('rebuild_from'))) - 1),
                     datediff('month', m.start_date, r.last_end) + 2) as t(n)
    where ((m.method between 1 and 4 and (t.n in (1, 3, 6) or t.n % 12 = 0))
           or (m.method not between 1 and 4 and t.n % 3 = 0))
      -- a measure ended before the first recomputed month is active at none of its due dates
      and (m.end_date is null or m.end_date > getvariable('rebuild_from'))
      -- an incremental build recomputing the rows of the women whose measures or visits changed (dirty keys)
      and (not getvariable('dirty_only') or (m.scope, m.woman_id) in (select scope, woman_id from core_due_visits__dirty))
),

due_dates as (
    select o.*, add_months(o.start_date, o.n) as due_date
    from month_offsets o
),

active_due_dates as (
    select d.*, month_end(d.due_date) as due_month_end
    from due_dates d, data_range r
    where d.due_date between r.first_end - 40 and r.last_end
      -- an incremental build recomputes only the due dates from its rebuild_from on
      and d.due_date >= getvariable('rebuild_from')
      and (d.end_date is null or d.end_date > d.due_date)
),

woman_present as (
    select d.*, s.community_code
    from active_due_dates d
    join core_resident_states s
      on s.scope = d.scope and s.resident_id = d.woman_id and s.month_end = d.due_month_end and s.status = 1
),

observable as (
    select w.*
    from woman_present w
    join core_observed_until o on o.scope = w.scope and o.last_as_of >= w.due_date + 30
),

completion as (
    select o.scope, o.measure_id, o.woman_id, o.method, o.n as months_after_start, o.due_date, o.due_month_end,
           o.community_code,
           exists (
               select 1 from stg_followups v
               where v.scope = o.scope and v.woman_id = o.woman_id and v.visit_type = 1 and v.result between 1 and 3
                 and v.visit_date between o.due_date - 14 and o.due_date + 30
           ) as completed
    from observable o
)

select * from completion
