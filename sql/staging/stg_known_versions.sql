-- For each scope and as_of, the batch version the build may use: the latest exported on or before the knowledge
-- date (everything loaded when the build has none).
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

known as (
    select v.scope, v.as_of, v.version_ord, v.exported_local_date, v.content_hash
    from versions_known_at((select k from context)) v
)

select * from known
