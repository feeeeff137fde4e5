-- Each resident record's citizen id as a hashed key (SHA-256 of the upper-cased id), from its latest version in
-- the batch versions known at K that has one: the link from an FP birth's mother to the hospital births.
with resident_versions as (
    -- every loaded version of a resident record with an id, and the last batch version its span reaches
    select scope, record_key, citizen_id, from_ord, coalesce(to_ord, 9223372036854775807) as span_end
    from hist_residents
    where citizen_id is not null
      -- an incremental build recomputing only the records whose version changed (docs/models.md, "changed records")
      and (not getvariable('dirty_only') or (scope, record_key) in (select scope, record_key from stg_resident_citizen_keys__dirty))
),

last_known_in_span as (
    -- the latest batch version known at K within the span (none when the span holds no known version)
    select r.scope, r.record_key, r.citizen_id, v.version_ord
    from resident_versions r
    asof join stg_known_versions v on v.scope = r.scope and r.span_end >= v.version_ord
    where v.version_ord >= r.from_ord
),

keys as (
    -- hashed once per record, after picking its latest id
    select scope, record_key as resident_id, sha256(upper(arg_max(citizen_id, version_ord))) as citizen_key
    from last_known_in_span
    group by all
)

select * from keys
