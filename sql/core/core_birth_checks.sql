-- Every FP-register birth with the checks birth-based indicators count: a valid certificate, early pregnancy
-- registration and a post-partum visit.
with births as (
    select scope, birth_id, mother_id, father_id, birth_date, birth_order, certificate_no, community_code
    from stg_births
),

certificate_candidates as (
    -- the birth's certificate_no looked up in the birth's own scope first, then in the others (lowest scope code)
    select b.scope, b.birth_id, c.type, c.holder_id, c.spouse_id, c.issue_date, c.valid_until,
           row_number() over (partition by b.scope, b.birth_id order by (c.scope = b.scope) desc, c.scope) as preference
    from births b
    join stg_certificates c on c.certificate_no = b.certificate_no
),

certificates as (
    select * exclude (preference) from certificate_candidates where preference = 1
),

checked as (
    select b.scope, b.birth_id, b.mother_id, b.birth_date, month_end(b.birth_date) as birth_month_end,
           b.birth_order, b.community_code,
           coalesce(
               c.type in (1, 2)
               and (c.holder_id in (b.mother_id, b.father_id) or c.spouse_id in (b.mother_id, b.father_id))
               and c.issue_date <= b.birth_date
               and (c.valid_until is null or c.valid_until >= b.birth_date)
               and (b.birth_order = 1 or c.type = 2),
               false) as has_valid_certificate,
           exists (
               select 1 from stg_pregnancies p
               where p.scope = b.scope and p.birth_id = b.birth_id and p.registered_date <= b.birth_date - 180
           ) as registered_early,
           exists (
               select 1 from stg_followups v
               where v.scope = b.scope and v.woman_id = b.mother_id and v.visit_type = 2 and v.result <> 4
                 and v.visit_date between b.birth_date and b.birth_date + 28
           ) as has_postpartum_visit
    from births b
    left join certificates c using (scope, birth_id)
)

select * from checked
