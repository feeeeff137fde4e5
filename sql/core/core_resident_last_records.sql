-- Each resident record's latest version among the known register states (any status).
with data_end as (
    select max(month_end) as last_month_end from core_month_ends
),

last_records as (
    select scope, resident_id,
           arg_max(community_code, month_end) as community_code,
           arg_max(status, month_end) as status,
           arg_max(status_date, month_end) as status_date,
           max(month_end) as last_state
    from core_resident_states
    -- an incremental build reads the month ends from the one before its rebuild_from on: the records seen then,
    -- including those last seen in the month before, which thereby close (below)
    where month_end >= cast(getvariable('rebuild_from') - interval 1 day as date)
    group by scope, resident_id
),

final as (
    -- a record in the latest state is open (last_state 9999-12-31), so its row stays the same from one month to the
    -- next while its version does: an incremental build replaces only the records that changed, came or went
    select scope, resident_id, community_code, status, status_date,
           case when last_state = (select last_month_end from data_end) then date '9999-12-31' else last_state end as last_state
    from last_records
)

select * from final
