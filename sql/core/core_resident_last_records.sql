-- Each resident record's latest version among the known register states (any status).
with last_records as (
    select scope, resident_id,
           arg_max(community_code, month_end) as community_code,
           arg_max(status, month_end) as status,
           arg_max(status_date, month_end) as status_date,
           max(month_end) as last_state
    from core_resident_states
    -- an incremental build reads only the month ends from its rebuild_from on (the records seen then)
    where month_end >= getvariable('rebuild_from')
    group by scope, resident_id
)

select * from last_records
