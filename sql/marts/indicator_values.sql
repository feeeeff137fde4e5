-- The indicator catalogue for every reporting unit and period, in one long table: numerator, denominator, value
-- and its 95% interval.
with parts as (
    select * from core_indicators_population
    union all by name select * from core_indicators_contraception
    union all by name select * from core_indicators_followup
    union all by name select * from core_indicators_births
    union all by name select * from core_indicators_floating
    union all by name select * from core_indicators_rewards
    union all by name select * from core_indicators_information
    union all by name select * from core_indicators_community_work
),

valued as (
    select p.indicator, p.unit_code as org_code, p.unit_level, p.period_type, p.period, p.numerator, p.denominator,
           c.kind, c.scale
    from parts p
    join stg_indicator_catalog c using (indicator)
    -- an incremental build recomputes only the periods ending on or after its rebuild_from
    join core_periods r using (period_type, period)
    where (c.periods = 'all' or p.period_type = 'year') and r.period_end >= getvariable('rebuild_from')
),

final as (
    select indicator, org_code,
           case unit_level when 1 then 'city' when 2 then 'district' when 3 then 'street' else 'community' end as org_level,
           period_type, period, numerator, denominator,
           case when kind = 'count' then numerator
                when denominator > 0 then numerator / denominator * scale end as value,
           case when kind = 'proportion' then wilson_low(numerator, denominator)
                -- births or deaths per thousand person-years: the score (Wilson) interval of a Poisson rate
                when indicator in ('birth_rate', 'death_rate') and denominator > 0 then poisson_score_low(numerator, denominator) * scale
                -- males per 100 females: the Wilson interval of the male share p, as 100 p / (1 - p)
                when indicator = 'sex_ratio_at_birth' and denominator > 0 then odds_per_100(wilson_low(numerator, numerator + denominator))
           end as ci_low,
           case when kind = 'proportion' then wilson_high(numerator, denominator)
                when indicator in ('birth_rate', 'death_rate') and denominator > 0 then poisson_score_high(numerator, denominator) * scale
                when indicator = 'sex_ratio_at_birth' and denominator > 0 then odds_per_100(wilson_high(numerator, numerator + denominator))
           end as ci_high
    from valued
)

select * from final
order by indicator, period_type, period, org_code
