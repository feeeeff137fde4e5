-- For each scope and month end: the batch version that describes it (the latest as_of on or before the month end,
-- in its version known at K).
with scopes as (
    select scope, min(as_of) as first_as_of from stg_known_versions group by scope
),

scope_months as (
    select s.scope, m.month_end, m.month_index
    from scopes s join core_month_ends m on m.month_end >= s.first_as_of
),

final as (
    select sm.scope, sm.month_end, sm.month_index, v.as_of, v.version_ord
    from scope_months sm
    asof join stg_known_versions v on v.scope = sm.scope and v.as_of <= sm.month_end
)

select * from final
