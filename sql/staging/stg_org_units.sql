-- The org tree: org_units in its latest version known at K. Every scope's batch lists its own units and their
-- ancestors, so a unit may appear in several scopes; the row of the latest batch wins, ties by scope.
with latest_batches as (
    select scope, max(as_of) as as_of, arg_max(version_ord, as_of) as version_ord
    from stg_known_versions
    group by scope
),

unit_rows as (
    select u.scope, b.as_of, u.code, u.name, u.level, u.parent_code, u.valid_from, u.valid_to
    from latest_batches b
    join hist_org_units u
      on u.scope = b.scope and u.from_ord <= b.version_ord and (u.to_ord is null or u.to_ord >= b.version_ord)
    union all
    select s.scope, b.as_of, s.code, s.name, s.level, s.parent_code, s.valid_from, s.valid_to
    from latest_batches b
    join standin_org_units s on s.scope = b.scope and s.version_ord = b.version_ord
),

final as (
    select code, arg_max(name, (as_of, scope)) as name, arg_max(level, (as_of, scope)) as level,
           arg_max(parent_code, (as_of, scope)) as parent_code, arg_max(valid_from, (as_of, scope)) as valid_from,
           arg_max(valid_to, (as_of, scope)) as valid_to
    from unit_rows
    group by code
)

select * from final
