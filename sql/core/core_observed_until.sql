-- Each scope's latest known as_of: what has been observed until, for the windows that need 30 or 31 days after a
-- date to be judged (due visits, reporting timeliness).
with observed as (
    select scope, max(as_of) as last_as_of from stg_known_versions group by scope
)

select * from observed
