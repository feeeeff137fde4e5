-- When each event first appeared in a loaded row (stand-ins excluded) of any batch version known at K: the as_of
-- of that batch. For deaths and move-outs, the first batch showing the resident with that status.
-- Each history row (one record version over a span of its scope's batch versions, from_ord .. to_ord) is matched
-- with the first known batch version at or after from_ord (an ASOF join); it appeared in that batch if the version
-- lies inside the span. Versions are ordered by as_of first, so that batch has the earliest as_of of the span.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

known as (
    -- every batch version exported by K (not only the current one of each as_of: a superseded version was seen)
    select scope, as_of, version_ord from batch_versions where exported_local_date <= (select k from context)
),

spans as (
    select 'birth' as event_kind, scope, record_key, from_ord, to_ord from hist_births
    union all select 'measure', scope, record_key, from_ord, to_ord from hist_contraception
    union all select 'pregnancy', scope, record_key, from_ord, to_ord from hist_pregnancies
    union all
    select case status when 2 then 'move_out' else 'death' end, scope, record_key, from_ord, to_ord
    from hist_residents
    where status in (2, 3)
),

first_known_in_span as (
    select s.event_kind, s.scope, s.record_key, v.as_of
    from spans s
    asof join known v on v.scope = s.scope and s.from_ord <= v.version_ord
    where s.to_ord is null or v.version_ord <= s.to_ord
),

final as (
    select event_kind, scope, record_key as event_id, min(as_of) as first_as_of
    from first_known_in_span
    group by all
)

select * from final
