-- The events reporting_timeliness counts (births, measures, pregnancies, deaths, move-outs): each with its date,
-- community, first appearance, whether it is observable and whether it was reported in time.
with observed_until as (
    select scope, max(as_of) as last_as_of from stg_known_versions group by scope
),

birth_events as (
    select 'birth' as event_kind, scope, birth_id as event_id, birth_date as event_date, community_code
    from stg_births
),

woman_events as (
    -- only events inside the data's months can fall in a reported period
    select * from (
        select 'measure' as event_kind, scope, measure_id as event_id, woman_id, start_date as event_date,
               month_end(start_date) as event_month_end
        from stg_measures
        union all
        select 'pregnancy', scope, pregnancy_id, woman_id, registered_date, month_end(registered_date)
        from stg_pregnancies
    )
    where event_month_end >= (select min(month_end) from core_month_ends)
),

state_versions as (
    -- each scope's batch versions that describe a month end's register state, with the first month end each describes
    select scope, version_ord, min(month_end) as first_month_end from core_state_versions group by all
),

event_states as (
    -- the register state at the end of the event's month: its batch version
    select e.*, sv.version_ord as state_version
    from woman_events e
    asof join state_versions sv on sv.scope = e.scope and e.event_month_end >= sv.first_month_end
),

present_spans as (
    -- her present (status 1) record versions up to that state (history spans, read by woman rather than scanning
    -- every resident's state at every month end)
    select e.event_kind, e.scope, e.event_id, e.event_date, h.community_code, h.from_ord,
           least(coalesce(h.to_ord, 9223372036854775807), e.state_version) as span_end
    from event_states e
    join hist_residents h
      on h.scope = e.scope and h.record_key = e.woman_id and h.status = 1 and h.from_ord <= e.state_version
),

present_states as (
    -- the last state each span holds (a span between two month ends holds none), and stood-in present versions
    select p.event_kind, p.scope, p.event_id, p.event_date, p.community_code, sv.version_ord
    from present_spans p
    asof join state_versions sv on sv.scope = p.scope and p.span_end >= sv.version_ord
    where sv.version_ord >= p.from_ord
    union all
    select e.event_kind, e.scope, e.event_id, e.event_date, s.community_code, s.version_ord
    from event_states e
    join standin_residents s
      on s.scope = e.scope and s.record_key = e.woman_id and s.status = 1 and s.version_ord <= e.state_version
    semi join state_versions sv on sv.scope = s.scope and sv.version_ord = s.version_ord
),

woman_events_attributed as (
    -- her community at the end of the event's month, or else the last community she was present in before it: the
    -- present version of the latest such state (as core_resident_states holds it)
    select event_kind, scope, event_id, event_date, arg_max(community_code, version_ord) as community_code
    from present_states
    group by all
),

status_events as (
    select case status when 2 then 'move_out' else 'death' end as event_kind, scope, resident_id as event_id,
           status_date as event_date, community_code
    from core_resident_last_records
    where status in (2, 3) and status_date is not null
),

events as (
    select * from birth_events
    union all select * from woman_events_attributed
    union all select * from status_events
),

final as (
    select e.event_kind, e.scope, e.event_id, e.event_date, month_end(e.event_date) as event_month_end,
           e.community_code, f.first_as_of,
           coalesce(o.last_as_of >= e.event_date + 31, false) as observable,
           coalesce(o.last_as_of >= e.event_date + 31 and f.first_as_of <= e.event_date + 31, false) as timely
    from events e
    left join stg_first_appearances f using (event_kind, scope, event_id)
    left join observed_until o using (scope)
)

select * from final
