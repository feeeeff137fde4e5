-- Pregnancy registrations (pregnancies.csv, 早孕建册) in their latest version known at K; deleted ones absent.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

pregnancies as (
    select p.scope, p.record_key as pregnancy_id, p.woman_id, p.birth_id, p.registered_date, p.expected_date,
           p.outcome, p.outcome_date
    from pregnancies_latest((select k from context)) p
)

select * from pregnancies
