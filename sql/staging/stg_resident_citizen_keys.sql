-- Each resident record's citizen id as a hashed key (SHA-256 of the upper-cased id), from its latest version
-- known at K that has one: the link from an FP birth's mother to the hospital births.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

seen_versions as (
    select f.scope, f.record_key, f.row_hash, f.first_as_of
    from residents_first_seen((select k from context)) f
),

keys as (
    select s.scope, s.record_key as resident_id,
           arg_max(sha256(upper(h.citizen_id)), s.first_as_of) as citizen_key
    from seen_versions s
    join hist_residents h on h.scope = s.scope and h.record_key = s.record_key and h.row_hash = s.row_hash
    where h.citizen_id is not null
    group by all
)

select * from keys
