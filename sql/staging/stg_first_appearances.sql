-- When each event first appeared in a loaded row (stand-ins excluded) of any batch version known at K: the as_of
-- of that batch. For deaths and move-outs, the first batch showing the resident with that status.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

births_seen as (
    select 'birth' as event_kind, scope, record_key as event_id, min(first_as_of) as first_as_of
    from births_first_seen((select k from context))
    group by all
),

measures_seen as (
    select 'measure' as event_kind, scope, record_key, min(first_as_of)
    from contraception_first_seen((select k from context))
    group by all
),

pregnancies_seen as (
    select 'pregnancy' as event_kind, scope, record_key, min(first_as_of)
    from pregnancies_first_seen((select k from context))
    group by all
),

status_changes_seen as (
    select case h.status when 2 then 'move_out' else 'death' end as event_kind, f.scope, f.record_key,
           min(f.first_as_of)
    from residents_first_seen((select k from context)) f
    join hist_residents h on h.scope = f.scope and h.record_key = f.record_key and h.row_hash = f.row_hash
    where h.status in (2, 3)
    group by all
)

select * from births_seen
union all select * from measures_seen
union all select * from pregnancies_seen
union all select * from status_changes_seen
