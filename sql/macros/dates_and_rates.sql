-- Shared macros of the indicator models (indicators.md "Time", "Dates and windows", and the Wilson interval).

-- Exact age in whole years at date d: a 29 February birthday is reached on 1 March in common years.
create or replace macro age_at(birth, d) as
    year(d) - year(birth)
    - case when month(d) * 100 + day(d) < month(birth) * 100 + day(birth) then 1 else 0 end;

-- "s + n months": calendar months, clamped to the month's last day (31 Jan + 3 months = 30 Apr).
create or replace macro add_months(s, n) as cast(s + to_months(cast(n as integer)) as date);

-- The last day of d's month.
create or replace macro month_end(d) as cast(last_day(d) as date);

-- 95% Wilson score interval of num / den (null when den = 0: no data).
create or replace macro wilson_low(num, den) as
    case when den > 0 then greatest(0.0,
        ((num / den) + 1.959963984540054 ^ 2 / (2 * den)
         - 1.959963984540054 * sqrt((num / den) * (1 - num / den) / den + 1.959963984540054 ^ 2 / (4 * den * den)))
        / (1 + 1.959963984540054 ^ 2 / den)) end;

create or replace macro wilson_high(num, den) as
    case when den > 0 then least(1.0,
        ((num / den) + 1.959963984540054 ^ 2 / (2 * den)
         + 1.959963984540054 * sqrt((num / den) * (1 - num / den) / den + 1.959963984540054 ^ 2 / (4 * den * den)))
        / (1 + 1.959963984540054 ^ 2 / den)) end;

-- The first day of a reporting period from its type and label ('2007', '2007-Q2', '2007-03'): used to date the
-- changes of period-keyed tables between builds.
create or replace macro period_start_of(period_type, period) as
    case period_type
        when 'year' then make_date(cast(period as integer), 1, 1)
        when 'quarter' then make_date(cast(left(period, 4) as integer), cast(right(period, 1) as integer) * 3 - 2, 1)
        else make_date(cast(left(period, 4) as integer), cast(right(period, 2) as integer), 1)
    end;

-- The last day of a reporting period from its type and label.
create or replace macro period_end_of(period_type, period) as
    cast(last_day(add_months(period_start_of(period_type, period), case period_type when 'year' then 11 when 'quarter' then 2 else 0 end)) as date);


-- A share p as a ratio per 100 of the rest, 100 p / (1 - p) (the sex ratio at birth from the male share; none at p = 1).
create or replace macro odds_per_100(p) as case when p < 1 then 100 * p / (1 - p) end;

-- 95% score interval of a Poisson rate x / t (events over person-time): Wilson's interval in the limit of rare events,
-- (x + z²/2 ± z √(x + z²/4)) / t; never negative, and not empty at x = 0 (null when t = 0: no data).
create or replace macro poisson_score_low(x, t) as
    case when t > 0 then greatest(0.0, (x + 1.959963984540054 ^ 2 / 2 - 1.959963984540054 * sqrt(x + 1.959963984540054 ^ 2 / 4)) / t) end;

create or replace macro poisson_score_high(x, t) as
    case when t > 0 then (x + 1.959963984540054 ^ 2 / 2 + 1.959963984540054 * sqrt(x + 1.959963984540054 ^ 2 / 4)) / t end;
