-- The events reporting_timeliness counts (births, measures, pregnancies, deaths, move-outs): each with its date,
-- community, first appearance, whether it is observable and whether it was reported in time.
with present as (
    select scope, resident_id, month_end, community_code from core_resident_states where status = 1
),

observed_until as (
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

woman_events_attributed as (
    -- her community at the end of the event's month, or else the last community she was present in before it
    -- (a join and arg_max rather than an ASOF join, whose plan inside the build's transaction can be a slow loop)
    select e.event_kind, e.scope, e.event_id, e.event_date, arg_max(p.community_code, p.month_end) as community_code
    from woman_events e
    join present p on p.scope = e.scope and p.resident_id = e.woman_id and p.month_end <= e.event_month_end
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
