-- Only-child parents' honour certificates eligible for the year's reward (holder present at 31 December), and
-- whether the type-1 reward for that year has been paid to the holder or the certificate's spouse.
with year_ends as (
    -- an incremental build recomputes only the years ending on or after its rebuild_from
    select month_end from core_month_ends where month(month_end) = 12 and month_end >= getvariable('rebuild_from')
),

honour_certificates as (
    select scope, certificate_no, holder_id, spouse_id, issue_date
    from stg_certificates
    where type = 3
      -- an incremental build recomputing the years before its rebuild_from of the changed certificates (dirty keys)
      and (not getvariable('dirty_only') or (scope, certificate_no) in (select scope, certificate_no from core_reward_deliveries__dirty))
),

eligible as (
    select y.month_end as year_end, year(y.month_end) as reward_year, h.scope, h.certificate_no, h.holder_id,
           h.spouse_id, s.community_code
    from year_ends y
    join honour_certificates h on h.issue_date <= y.month_end
    join core_resident_states s
      on s.scope = h.scope and s.resident_id = h.holder_id and s.month_end = y.month_end and s.status = 1
),

paid as (
    select distinct scope, reward_year, beneficiary_id
    from stg_rewards
    where type = 1 and paid_date is not null
),

delivered as (
    -- paid to the holder or to the certificate's spouse (two equi-joins rather than a correlated IN)
    select e.*, (h.beneficiary_id is not null or s.beneficiary_id is not null) as reward_paid
    from eligible e
    left join paid h on h.scope = e.scope and h.reward_year = e.reward_year and h.beneficiary_id = e.holder_id
    left join paid s on s.scope = e.scope and s.reward_year = e.reward_year and s.beneficiary_id = e.spouse_id
)

select * from delivered
