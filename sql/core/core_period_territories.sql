-- For each period and each unit valid at its end: the communities of its territory, i.e. every community under it
-- that existed at any time in the period (a community merged or closed mid-period still counts for its parents).
with units_valid_at_end as (
    select p.period_type, p.period, p.period_start, p.period_end, u.code as unit_code, u.level as unit_level
    from core_periods p
    join stg_org_units u
      on u.level between 1 and 4 and u.valid_from <= p.period_end and (u.valid_to is null or u.valid_to >= p.period_end)
),

communities_in_period as (
    select p.period_type, p.period, c.code as community_code
    from core_periods p
    join stg_org_units c
      on c.level = 4 and c.valid_from <= p.period_end and (c.valid_to is null or c.valid_to >= p.period_start)
),

unit_communities as (
    select u.period_type, u.period, u.unit_code, u.unit_level, a.community_code
    from units_valid_at_end u
    join core_org_ancestors a on a.unit_code = u.unit_code
),

final as (
    -- a semi join, so that the planner never pairs every unit with every community of a period first (it did, inside
    -- an incremental build's transaction, where the rebuilt periods' statistics are missing: seconds instead of ms)
    select uc.*
    from unit_communities uc
    semi join communities_in_period c
      on c.period_type = uc.period_type and c.period = uc.period and c.community_code = uc.community_code
)

select * from final
