-- Entries and exits of each unit's territory in each period (indicators.md "Population"): per resident, compare the
-- state the day before the period starts with the state at its end. Computed on the unit's whole territory, so a
-- move between two of its communities is not a flow of the unit.
with periods as (
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    select * from core_periods where period_end >= getvariable('rebuild_from')
),

start_rows as (
    select p.period_type, p.period, s.scope, s.resident_id, s.community_code
    from periods p join core_resident_states s on s.month_end = p.start_state_date and s.status = 1
),

end_rows as (
    select p.period_type, p.period, e.scope, e.resident_id, e.community_code, e.arrival_reason
    from periods p join core_resident_states e on e.month_end = p.period_end and e.status = 1
),

changed as (
    -- residents whose community (or presence) differs between the two states of a period
    select coalesce(s.period_type, e.period_type) as period_type, coalesce(s.period, e.period) as period,
           coalesce(s.scope, e.scope) as scope, coalesce(s.resident_id, e.resident_id) as resident_id,
           s.community_code as start_community, e.community_code as end_community, e.arrival_reason,
           p.start_state_date, p.period_end
    from start_rows s
    full join end_rows e
      on e.period_type = s.period_type and e.period = s.period and e.scope = s.scope and e.resident_id = s.resident_id
    join periods p on p.period_type = coalesce(s.period_type, e.period_type) and p.period = coalesce(s.period, e.period)
    where s.community_code is distinct from e.community_code
),

sides as (
    select c.period_type, c.period, c.scope, c.resident_id, t.unit_code, t.unit_level, 'start' as side
    from changed c
    join core_period_territories t on t.period_type = c.period_type and t.period = c.period and t.community_code = c.start_community
    union all
    select c.period_type, c.period, c.scope, c.resident_id, t.unit_code, t.unit_level, 'end' as side
    from changed c
    join core_period_territories t on t.period_type = c.period_type and t.period = c.period and t.community_code = c.end_community
),

unit_moves as (
    select period_type, period, scope, resident_id, unit_code, unit_level,
           bool_or(side = 'start') as in_start, bool_or(side = 'end') as in_end
    from sides
    group by all
),

last_status as (
    -- the resident's last record up to the period end, for exits that left the scope
    select c.period_type, c.period, c.scope, c.resident_id, arg_max(r.status, r.month_end) as status
    from changed c
    join core_resident_states r
      on r.scope = c.scope and r.resident_id = c.resident_id
     and r.month_end > c.start_state_date and r.month_end <= c.period_end
    where c.end_community is null
    group by all
),

classified as (
    select m.period_type, m.period, c.period_end, m.unit_code, m.unit_level,
           case
               when m.in_end and c.start_community is not null then 'entries_moved_within'
               when m.in_end and c.arrival_reason = 1 then 'entries_born'
               when m.in_end and c.arrival_reason in (2, 3) then 'entries_moved_in'
               when m.in_end and c.arrival_reason = 4 then 'entries_registered_late'
               when m.in_end then 'entries_unclassified'
               when c.end_community is not null then 'exits_moved_within'
               when l.status = 2 then 'exits_moved_out'
               when l.status = 3 then 'exits_died'
               else 'exits_deleted'
           end as flow
    from unit_moves m
    join changed c using (period_type, period, scope, resident_id)
    left join last_status l using (period_type, period, scope, resident_id)
    where m.in_start <> m.in_end
),

final as (
    select period_type, period, period_end, unit_code, unit_level, flow, count(*) as residents
    from classified
    group by all
)

select * from final
