-- Follow-up visits (followups.csv) in their latest version known at K; deleted ones absent.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

visits as (
    select f.scope, f.record_key as visit_id, f.woman_id, f.measure_id, f.birth_id, f.visit_date, f.visit_type, f.result
    from followups_latest((select k from context)) f
)

select * from visits
