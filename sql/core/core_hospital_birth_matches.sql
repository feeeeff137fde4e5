-- Hospital births (health department) and whether the FP registers of any scope hold the same birth.
with fp_births as (
    select b.birth_date, k.citizen_key as mother_citizen_key
    from stg_births b
    join stg_resident_citizen_keys k on k.scope = b.scope and k.resident_id = b.mother_id
),

matched as (
    select h.scope, h.record_id, h.birth_date, month_end(h.birth_date) as birth_month_end,
           h.residence_code as community_code,
           exists (
               select 1 from fp_births f
               where f.mother_citizen_key = h.mother_citizen_key and abs(f.birth_date - h.birth_date) <= 3
           ) as registered
    from stg_hospital_births h
)

select * from matched
