-- Hospital births of the health department (ext_hospital_births.csv) in their latest version known at K. The
-- mother's citizen id is carried only as a SHA-256 of its upper-cased form, the key births are matched on.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

hospital_births as (
    select h.scope, h.record_key as record_id, sha256(upper(h.mother_citizen_id)) as mother_citizen_key,
           h.birth_date, h.child_sex, h.residence_code
    from ext_hospital_births_latest((select k from context)) h
)

select * from hospital_births
