-- Only-child parents' honour certificates eligible for the year's reward (holder present at 31 December), and
-- whether the type-1 reward for that year has been paid to the holder or the certificate's spouse.
with year_ends as (
    select month_end from core_month_ends where month(month_end) = 12
),

honour_certificates as (
    select scope, certificate_no, holder_id, spouse_id, issue_date
    from stg_certificates
    where type = 3
),

eligible as (
    select y.month_end as year_end, year(y.month_end) as reward_year, h.scope, h.certificate_no, h.holder_id,
           h.spouse_id, s.community_code
    from year_ends y
    join honour_certificates h on h.issue_date <= y.month_end
    join core_resident_states s
      on s.scope = h.scope and s.resident_id = h.holder_id and s.month_end = y.month_end and s.status = 1
),

delivered as (
    select e.*,
           exists (
               select 1 from stg_rewards r
               where r.scope = e.scope and r.type = 1 and r.reward_year = e.reward_year and r.paid_date is not null
                 and r.beneficiary_id in (e.holder_id, e.spouse_id)
           ) as reward_paid
    from eligible e
)

select * from delivered
