using CommunityFp.Generator;
using CommunityFp.Models.Tests.Harness;

namespace CommunityFp.Models.Tests;

/// <summary>The generator's tiny world, December 2006 to December 2007 with realistic defects, loaded and built once.</summary>
public sealed class GeneratedWorld : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cfp-models-gen-" + Guid.NewGuid().ToString("N"));

    public GeneratedWorld()
    {
        var batches = Path.Combine(_folder, "batches");
        RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, batches,
            From: YearMonth.Parse("2006-12"), To: YearMonth.Parse("2007-12")));
        Warehouse = FixtureWarehouse.Load(_folder, [batches]);
    }

    internal FixtureWarehouse Warehouse { get; }

    public void Dispose() => Warehouse.Dispose();
}

public sealed class GeneratedWorldTests(GeneratedWorld world) : IClassFixture<GeneratedWorld>
{
    private readonly FixtureWarehouse _warehouse = world.Warehouse;

    [Fact]
    public void Every_model_builds_and_every_data_test_passes()
    {
        Assert.DoesNotContain(_warehouse.Summary.Tests, t => !t.Passed && t.Test.Severity == TestSeverity.Error);
        Assert.True(_warehouse.Summary.Models.Count >= 40);
    }

    [Fact]
    public void Two_builds_of_the_same_batches_give_identical_figures()
    {
        const string fingerprint = """
            select count(*), sum(hash(indicator, org_code, period_type, period, numerator, denominator, value, ci_low, ci_high))
            from indicator_values
            """;
        var first = _warehouse.Query(fingerprint).Single();
        _warehouse.Rebuild(null);
        Assert.Equal(first, _warehouse.Query(fingerprint).Single());
    }

    [Fact]
    public void Every_catalogue_indicator_has_a_city_figure_for_every_period_it_is_reported_for()
    {
        var missing = _warehouse.Query("""
            select c.indicator, p.period_type, p.period
            from stg_indicator_catalog c cross join core_periods p
            where (c.periods = 'all' or p.period_type = 'year')
              and not exists (select 1 from indicator_values v where v.indicator = c.indicator and v.org_level = 'city'
                              and v.period_type = p.period_type and v.period = p.period)
            """);
        Assert.Empty(missing);
        Assert.NotNull(_warehouse.Get("only_child_reward_delivery_rate", "2202", "2007"));
    }

    [Fact]
    public void The_citys_contraceptive_prevalence_equals_the_figure_computed_directly_on_its_territory()
    {
        // directly: every married woman of 15–49 present in any scope at the period end, without communities
        var mismatches = _warehouse.Query("""
            with direct as (
                select p.period_type, p.period, count(distinct (s.scope, s.resident_id)) as women,
                       count(distinct (s.scope, s.resident_id)) filter (where m.measure_id is not null) as users
                from core_periods p
                join core_resident_states s on s.month_end = p.period_end and s.status = 1 and s.sex = 2
                     and s.marital between 20 and 23 and age_at(s.birth_date, p.period_end) between 15 and 49
                left join stg_measures m on m.scope = s.scope and m.woman_id = s.resident_id
                     and m.start_date <= p.period_end and (m.end_date is null or m.end_date > p.period_end)
                group by all
            )
            select * from direct d
            join indicator_values v on v.indicator = 'contraceptive_prevalence' and v.org_level = 'city'
                 and v.period_type = d.period_type and v.period = d.period
            where v.numerator <> d.users or v.denominator <> d.women
            """);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_citys_event_based_figures_equal_the_events_of_the_period_counted_directly()
    {
        var mismatches = _warehouse.Query("""
            with direct as (
                select p.period_type, p.period, 'followup_completion' as indicator,
                       count(*) filter (where d.completed) as numerator, count(*) as denominator
                from core_periods p join core_due_visits d on d.due_date between p.period_start and p.period_end
                group by all
                union all
                select p.period_type, p.period, 'policy_compliant_birth_rate',
                       count(*) filter (where b.has_valid_certificate), count(*)
                from core_periods p join stg_births b2 on b2.birth_date between p.period_start and p.period_end
                join core_birth_checks b on b.scope = b2.scope and b.birth_id = b2.birth_id
                group by all
                union all
                select p.period_type, p.period, 'satisfaction_rate', sum(e.satisfied), sum(e.respondents)
                from core_periods p join stg_evaluations e on e.evaluation_date between p.period_start and p.period_end
                group by all
            )
            select d.*, v.numerator, v.denominator from direct d
            join indicator_values v on v.indicator = d.indicator and v.org_level = 'city'
                 and v.period_type = d.period_type and v.period = d.period
            where v.numerator <> d.numerator or v.denominator <> d.denominator
            """);
        Assert.Empty(mismatches);
    }
}
