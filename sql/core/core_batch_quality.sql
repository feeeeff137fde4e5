-- Row errors (quarantined rows) and warnings of each batch version known at K, per register, the unit each row is
-- attributed to (the record's community where it can be told, else the batch's scope) and the reason (the ETL's
-- reason for a row error: column names and rules only; "column: kind" for a warning).
with known as (
    select scope, as_of, version_ord from stg_known_versions
),

issues as (
    select k.scope, k.as_of, k.version_ord, replace(q.file, '.csv', '') as register, q.record_key, q.reason,
           1 as quarantined_rows, 0 as warnings
    from known k
    join quarantine q on q.scope = k.scope and q.version_ord = k.version_ord
    union all
    select k.scope, k.as_of, k.version_ord, replace(w.file, '.csv', ''), w.record_key, w."column" || ': ' || w.kind, 0, 1
    from known k
    join row_warnings w on w.scope = k.scope and w.version_ord = k.version_ord
),

record_versions as (
    -- every loaded version of a record with the unit it names, or the resident it is about
    select 'residents' as register, scope, record_key, from_ord, community_code as unit_code, cast(null as varchar) as person_id from hist_residents
    union all select 'births', scope, record_key, from_ord, community_code, null from hist_births
    union all select 'evaluations', scope, record_key, from_ord, community_code, null from hist_evaluations
    union all select 'activities', scope, record_key, from_ord, org_code, null from hist_activities
    union all select 'ext_hospital_births', scope, record_key, from_ord, residence_code, null from hist_ext_hospital_births
    union all select 'ext_marriages', scope, record_key, from_ord, residence_code, null from hist_ext_marriages
    union all select 'contraception', scope, record_key, from_ord, null, woman_id from hist_contraception
    union all select 'followups', scope, record_key, from_ord, null, woman_id from hist_followups
    union all select 'pregnancies', scope, record_key, from_ord, null, woman_id from hist_pregnancies
    union all select 'floating_checks', scope, record_key, from_ord, null, resident_id from hist_floating_checks
    union all select 'certificates', scope, record_key, from_ord, null, holder_id from hist_certificates
    union all select 'rewards', scope, record_key, from_ord, null, beneficiary_id from hist_rewards
),

issue_records as (
    -- the record's version in that batch (a warning) or its latest earlier version (a quarantined row)
    select i.scope, i.version_ord, i.register, i.record_key,
           arg_max(r.unit_code, r.from_ord) as unit_code, arg_max(r.person_id, r.from_ord) as person_id
    from (select distinct scope, version_ord, register, record_key from issues where record_key is not null) i
    join record_versions r
      on r.register = i.register and r.scope = i.scope and r.record_key = i.record_key and r.from_ord <= i.version_ord
    group by all
),

person_units as (
    select i.scope, i.version_ord, i.register, i.record_key, arg_max(h.community_code, h.from_ord) as unit_code
    from issue_records i
    join hist_residents h on h.scope = i.scope and h.record_key = i.person_id and h.from_ord <= i.version_ord
    where i.person_id is not null
    group by all
),

attributed as (
    select i.scope, i.as_of, i.register, coalesce(r.unit_code, p.unit_code, i.scope) as unit_code, i.reason,
           i.quarantined_rows, i.warnings
    from issues i
    left join issue_records r using (scope, version_ord, register, record_key)
    left join person_units p using (scope, version_ord, register, record_key)
),

final as (
    select scope, as_of, register, unit_code, reason, sum(quarantined_rows) as quarantined_rows, sum(warnings) as warnings
    from attributed
    group by all
)

select * from final
