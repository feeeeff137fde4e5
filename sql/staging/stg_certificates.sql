-- Certificates (certificates.csv) in their latest version known at K; deleted ones absent.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

certificates as (
    select c.scope, c.record_key as certificate_no, c.type, c.holder_id, c.spouse_id, c.issue_date, c.valid_until,
           c.issued_by, c.delivered_at_community
    from certificates_latest((select k from context)) c
)

select * from certificates
