-- The reporting periods: every calendar month, quarter and year that the data covers (a state exists the day
-- before the period starts, and the period ends no later than the last month end with data).
with bounds as (
    select min(month_end) as first_end, max(month_end) as last_end from core_month_ends
),

months as (
    select 'month' as period_type, strftime(month_end, '%Y-%m') as period,
           cast(date_trunc('month', month_end) as date) as period_start, month_end as period_end, 1 as months_in_period
    from core_month_ends
),

quarters as (
    select 'quarter', printf('%d-Q%d', year(month_end), quarter(month_end)),
           cast(date_trunc('quarter', month_end) as date), month_end, 3
    from core_month_ends
    where month(month_end) % 3 = 0
),

years as (
    select 'year', cast(year(month_end) as varchar), cast(date_trunc('year', month_end) as date), month_end, 12
    from core_month_ends
    where month(month_end) = 12
),

final as (
    select p.*, cast(p.period_start - 1 as date) as start_state_date
    from (select * from months union all select * from quarters union all select * from years) p, bounds b
    where p.period_start - 1 >= b.first_end and p.period_end <= b.last_end
)

select * from final
