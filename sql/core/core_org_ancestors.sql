-- Each community with itself and every unit above it (street, district, city).
with recursive chain(community_code, unit_code, parent_code) as (
    select code, code, parent_code from stg_org_units where level = 4
    union all
    select c.community_code, u.code, u.parent_code
    from chain c join stg_org_units u on u.code = c.parent_code
    where u.level between 1 and 3
),

final as (
    select c.community_code, c.unit_code, u.level as unit_level
    from chain c join stg_org_units u on u.code = c.unit_code
)

select * from final
