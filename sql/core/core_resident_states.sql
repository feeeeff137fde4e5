-- Residents as recorded in each scope's register state at each month end (any status), without names or citizen
-- ids. A record quarantined in that batch is stood in for by its previous valid version (registers.md).
with states as (
    select scope, month_end, month_index, version_ord from core_state_versions
),

recorded as (
    select s.scope, s.month_end, s.month_index, h.record_key as resident_id, h.sex, h.birth_date, h.hukou,
           h.marital, h.marriage_date, h.community_code, h.status, h.status_date, h.arrival_date, h.arrival_reason
    from states s
    join hist_residents h
      on h.scope = s.scope and h.from_ord <= s.version_ord and (h.to_ord is null or h.to_ord >= s.version_ord)
),

stood_in as (
    select s.scope, s.month_end, s.month_index, r.record_key, r.sex, r.birth_date, r.hukou,
           r.marital, r.marriage_date, r.community_code, r.status, r.status_date, r.arrival_date, r.arrival_reason
    from states s
    join standin_residents r on r.scope = s.scope and r.version_ord = s.version_ord
)

select * from recorded
union all
select * from stood_in
