-- Every month end from the first batch's month to the last one's: the dates register states are taken at.
with bounds as (
    select month_end(min(as_of)) as first_end, month_end(max(as_of)) as last_end
    from stg_known_versions
),

months as (
    select month_end(cast(m as date)) as month_end
    from bounds, range(date_trunc('month', first_end), last_end + 1, interval 1 month) as t(m)
)

select month_end, year(month_end) * 12 + month(month_end) - 1 as month_index
from months
