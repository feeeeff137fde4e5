-- Reward payments (rewards.csv) in their latest version known at K; deleted ones absent.
with context as (
    select coalesce(as_known_at, date '9999-12-31') as k from build_context
),

rewards as (
    select r.scope, r.record_key as payment_id, r.type, r.beneficiary_id, r.period as reward_year, r.amount, r.paid_date
    from rewards_latest((select k from context)) r
)

select * from rewards
