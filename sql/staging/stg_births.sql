-- Births in their latest version known at K (an event absent from its scope's latest known batch was deleted at
-- the source and does not count).
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

births as (
    select b.scope, b.record_key as birth_id, b.mother_id, b.father_id, b.child_id, b.birth_date, b.child_sex,
           b.birth_order, b.certificate_no, b.community_code, b.reported_date
    from births_latest((select k from context)) b
)

select * from births
