-- The indicator catalogue (indicators.md): names in Chinese and English, kind, scale and direction.
with catalog(indicator, group_name, name_zh, name_en, kind, scale, better, periods, additive) as (
    values
    ('population', 'population', '实有人口', 'Population (present residents)', 'count', 1, null, 'all', true),
    ('population_start', 'population', '期初人口', 'Population at period start', 'count', 1, null, 'all', true),
    ('entries', 'population', '迁入及新增', 'Entries', 'count', 1, null, 'all', false),
    ('entries_moved_within', 'population', '辖区内迁入', 'Entries: moved within the scope', 'count', 1, null, 'all', false),
    ('entries_born', 'population', '出生新增', 'Entries: born', 'count', 1, null, 'all', false),
    ('entries_moved_in', 'population', '迁入', 'Entries: moved in', 'count', 1, null, 'all', false),
    ('entries_registered_late', 'population', '补登', 'Entries: registered late', 'count', 1, null, 'all', false),
    ('exits', 'population', '迁出及减少', 'Exits', 'count', 1, null, 'all', false),
    ('exits_moved_within', 'population', '辖区内迁出', 'Exits: moved within the scope', 'count', 1, null, 'all', false),
    ('exits_moved_out', 'population', '迁出', 'Exits: moved out', 'count', 1, null, 'all', false),
    ('exits_died', 'population', '死亡', 'Exits: died', 'count', 1, null, 'all', false),
    ('exits_deleted', 'population', '注销', 'Exits: deleted at the source', 'count', 1, null, 'all', false),
    ('births', 'population', '出生数', 'Births', 'count', 1, null, 'all', true),
    ('deaths', 'population', '死亡数', 'Deaths', 'count', 1, null, 'all', true),
    ('birth_rate', 'population', '出生率', 'Crude birth rate (‰, annualised)', 'rate', 1, null, 'all', false),
    ('death_rate', 'population', '死亡率', 'Crude death rate (‰, annualised)', 'rate', 1, null, 'all', false),
    ('natural_growth_rate', 'population', '自然增长率', 'Natural growth rate (‰, annualised)', 'rate', 1, null, 'all', false),
    ('sex_ratio_at_birth', 'population', '出生性别比', 'Sex ratio at birth (males per 100 females)', 'ratio', 100, null, 'all', false),
    ('wcba', 'population', '育龄妇女', 'Women of childbearing age (15–49)', 'count', 1, null, 'all', true),
    ('married_wcba', 'population', '已婚育龄妇女', 'Married women of childbearing age', 'count', 1, null, 'all', true),
    ('floating_population', 'population', '流动人口', 'Floating population (hukou outside the city)', 'count', 1, null, 'all', true)
)

select indicator, group_name, name_zh, name_en, kind, cast(scale as double) as scale, better, periods, additive from catalog
