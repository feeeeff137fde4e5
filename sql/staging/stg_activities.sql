-- Publicity activities (activities.csv) in their latest version known at K; deleted ones absent.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

activities as (
    select a.scope, a.record_key as activity_id, a.org_code, a.activity_date, a.type, a.participants, a.materials
    from activities_latest((select k from context)) a
)

select * from activities
