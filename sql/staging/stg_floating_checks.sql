-- Checks of floating residents' marriage-and-childbearing certificates (floating_checks.csv), latest version known at K.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

checks as (
    select f.scope, f.record_key as check_id, f.resident_id, f.check_date, f.checked_by, f.certificate_status
    from floating_checks_latest((select k from context)) f
)

select * from checks
