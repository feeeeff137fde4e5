-- The age–sex structure (population pyramid) of the present population at each year end, for every reporting unit:
-- residents by sex and five-year age band (0–4 … 80–84, 85+), exact ages at 31 December. Stocks are counted on
-- the register state at the period end, over the unit's territory for the year, exactly as `population` is.
with year_ends as (
    select period_type, period, period_end from core_periods where period_type = 'year'
),

present as (
    select r.community_code, r.month_end, r.sex,
           cast(least(floor(age_at(r.birth_date, r.month_end) / 5) * 5, 85) as integer) as age_band_start
    from core_resident_states r
    where r.status = 1 and r.month_end in (select period_end from year_ends)
),

by_community as (
    select community_code, month_end, sex, age_band_start, count(*) as residents
    from present
    group by all
),

final as (
    select t.unit_code as org_code, t.unit_level as org_level, y.period, b.sex, b.age_band_start,
           case when b.age_band_start = 85 then '85+' else printf('%d-%d', b.age_band_start, b.age_band_start + 4) end
               as age_band,
           cast(sum(b.residents) as bigint) as residents
    from core_period_territories t
    join year_ends y using (period_type, period)
    join by_community b on b.community_code = t.community_code and b.month_end = y.period_end
    group by all
)

select * from final
