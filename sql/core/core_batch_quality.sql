-- Row errors (quarantined rows) and warnings of each batch version known at K, per register.
with known as (
    select scope, as_of, version_ord from stg_known_versions
),

quarantined as (
    select k.scope, k.as_of, replace(q.file, '.csv', '') as register, count(*) as quarantined_rows
    from known k
    join quarantine q on q.scope = k.scope and q.version_ord = k.version_ord
    group by all
),

warned as (
    select k.scope, k.as_of, replace(w.file, '.csv', '') as register, count(*) as warnings
    from known k
    join row_warnings w on w.scope = k.scope and w.version_ord = k.version_ord
    group by all
),

final as (
    select coalesce(q.scope, w.scope) as scope, coalesce(q.as_of, w.as_of) as as_of,
           coalesce(q.register, w.register) as register,
           coalesce(q.quarantined_rows, 0) as quarantined_rows, coalesce(w.warnings, 0) as warnings
    from quarantined q
    full join warned w using (scope, as_of, register)
)

select * from final
