-- Contraceptive measures (contraception.csv) in their latest version known at K; deleted ones absent.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

measures as (
    select c.scope, c.record_key as measure_id, c.woman_id, c.method, c.start_date, c.end_date, c.end_reason
    from contraception_latest((select k from context)) c
)

select * from measures
