-- Residents' evaluations (evaluations.csv, 居民评议) in their latest version known at K; deleted ones absent.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

evaluations as (
    select e.scope, e.record_key as evaluation_id, e.community_code, e.evaluation_date, e.households_invited,
           e.respondents, e.satisfied
    from evaluations_latest((select k from context)) e
)

select * from evaluations
