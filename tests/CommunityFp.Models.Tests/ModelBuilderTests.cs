using DuckDB.NET.Data;

namespace CommunityFp.Models.Tests;

public class ModelBuilderTests : IDisposable
{
    private readonly SqlFolder _sql = new();
    private readonly DuckDBConnection _db = new("DataSource=:memory:");

    public ModelBuilderTests()
    {
        _db.Open();
        Exec("create table raw_events as select * from (values (1, 'a', date '2007-01-05'), (2, 'b', date '2007-02-10'), (3, 'a', date '2007-03-15')) t(id, kind, event_date)");
    }

    private void Exec(string sql)
    {
        using var c = _db.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var c = _db.CreateCommand();
        c.CommandText = sql;
        return c.ExecuteScalar();
    }

    [Fact]
    public void Builds_views_and_tables_in_order_and_passes_tests()
    {
        _sql.Model("staging", "stg_events", "select id, kind, event_date from raw_events", """
                description: events
                materialized: view
                sources: [raw_events]
                tests:
                  - unique: [id]
                  - not_null: [id, kind]
                  - accepted_values: {column: kind, values: [a, b]}
                """)
            .Model("marts", "events_per_kind", "select kind, count(*) as n from stg_events group by kind", """
                description: count per kind
                depends_on: [stg_events]
                tests:
                  - relationships: {column: kind, to: stg_events, field: kind}
                  - expression: n > 0
                """);
        var summary = ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null));
        Assert.All(summary.Tests, t => Assert.True(t.Passed, t.ToString()));
        Assert.Equal(5, summary.Tests.Count);
        Assert.Equal(2L, Convert.ToInt64(Scalar("select n from events_per_kind where kind = 'a'")));
    }

    [Fact]
    public void A_failing_test_fails_the_build_naming_model_test_and_rows_and_rolls_back()
    {
        Exec("create table events_per_kind as select 'previous build' as kind, 1 as n");
        _sql.Model("staging", "stg_events", "select id, kind, event_date from raw_events", """
                description: events
                sources: [raw_events]
                tests:
                  - accepted_values: {column: kind, values: [a]}
                """)
            .Model("marts", "events_per_kind", "select kind, count(*) as n from stg_events group by kind",
                "description: per kind\ndepends_on: [stg_events]");
        var e = Assert.Throws<ModelBuildException>(() => ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null)));
        Assert.Equal("stg_events", e.Model);
        Assert.Contains("accepted_values(kind)", e.Message);
        Assert.Contains("kind=b", e.Message);
        Assert.Equal("previous build", Scalar("select kind from events_per_kind"));
    }

    [Fact]
    public void A_warning_test_reports_without_failing()
    {
        _sql.Model("core", "c", "select id from raw_events", "description: c\nsources: [raw_events]\ntests:\n  - warn_expression: id < 3");
        var summary = ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null));
        var warning = Assert.Single(summary.Warnings);
        Assert.Equal(1, warning.FailingRows);
    }

    [Fact]
    public void A_failing_model_is_an_error_naming_it()
    {
        _sql.Model("core", "broken", "select no_such_column from raw_events", "description: b\nsources: [raw_events]");
        var e = Assert.Throws<ModelBuildException>(() => ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null)));
        Assert.Equal("broken", e.Model);
        Assert.Contains("no_such_column", e.Message);
    }

    [Fact]
    public void The_knowledge_date_reaches_models_as_a_parameter_not_as_text()
    {
        _sql.Model("core", "known", "select e.id from raw_events e, build_context b where b.as_known_at is null or e.event_date <= b.as_known_at",
            "description: k\nsources: [raw_events]");
        ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(new DateOnly(2007, 2, 28), null));
        Assert.Equal(2L, Convert.ToInt64(Scalar("select count(*) from known")));
        ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null));
        Assert.Equal(3L, Convert.ToInt64(Scalar("select count(*) from known")));
    }

    [Fact]
    public void An_incremental_model_rebuilds_only_rows_from_rebuild_from()
    {
        _sql.Model("core", "inc", "select id, event_date, kind from raw_events",
            "description: i\nmaterialized: incremental\nincremental_key: event_date\nsources: [raw_events]");
        ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null));
        Exec("update raw_events set kind = 'changed'");
        ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, new DateOnly(2007, 2, 1)));
        Assert.Equal("a", Scalar("select kind from inc where id = 1"));        // before rebuild_from: kept
        Assert.Equal("changed", Scalar("select kind from inc where id = 3"));  // rebuilt
        Assert.Equal(3L, Convert.ToInt64(Scalar("select count(*) from inc")));
    }

    [Fact]
    public void A_merged_model_replaces_the_rows_of_keys_seen_from_rebuild_from_and_keeps_the_others()
    {
        _sql.Model("core", "latest", LatestEventSql, LatestEventYml);
        ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null));
        Exec("insert into raw_events values (4, 'a', date '2007-04-02')");
        Exec("update raw_events set id = 20 where id = 2"); // an old change the merge must not see (b has no April row)
        var summary = ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, new DateOnly(2007, 4, 1)));
        Assert.StartsWith("merged from 2007-04-01", summary.Rebuilt["latest"]);
        Assert.Equal(4, Convert.ToInt32(Scalar("select last_id from latest where kind = 'a'")));  // replaced
        Assert.Equal(2, Convert.ToInt32(Scalar("select last_id from latest where kind = 'b'")));  // kept
        Assert.Equal(2L, Convert.ToInt64(Scalar("select count(*) from latest")));
    }

    [Fact]
    public void A_merged_model_whose_key_lost_its_rows_from_rebuild_from_is_rebuilt_in_full()
    {
        _sql.Model("core", "latest", LatestEventSql, LatestEventYml);
        ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null));
        Exec("delete from raw_events where id = 3"); // a's latest event (March) is gone: its latest is January's again
        var summary = ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, new DateOnly(2007, 3, 1)));
        Assert.DoesNotContain("merged", summary.Rebuilt["latest"]);
        Assert.Equal(1, Convert.ToInt32(Scalar("select last_id from latest where kind = 'a'")));
        Assert.Equal(new DateOnly(2007, 1, 5), Scalar("select last_date from latest where kind = 'a'"));
    }

    [Fact]
    public void A_rebuilt_table_is_compared_by_its_key_and_its_changes_dated_for_incremental_readers()
    {
        Exec("alter table raw_events add column note varchar"); // null everywhere: unchanged nulls are no change
        _sql.Model("staging", "events", "select id, kind, event_date, note from raw_events",
            "description: e\nmaterialized: table\nchanges_from: min(event_date)\nsources: [raw_events]\ntests:\n  - unique: [id]");
        _sql.Model("core", "by_date", "select event_date, count(*) as n from events group by all",
            "description: d\nmaterialized: incremental\nincremental_key: event_date\ndepends_on: [events]");
        ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, null));
        var unchanged = ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, new DateOnly(2007, 4, 1)));
        Assert.Equal("rebuilt, unchanged", unchanged.Rebuilt["events"]);
        Assert.Equal("kept", unchanged.Rebuilt["by_date"]);

        Exec("update raw_events set kind = 'c' where id = 2");
        var changed = ModelBuilder.Build(_db, _sql.Catalog(), new BuildContext(null, new DateOnly(2007, 4, 1)));
        Assert.Equal("rebuilt, changed from 2007-02-10", changed.Rebuilt["events"]);
        Assert.Equal("rebuilt from 2007-02-01", changed.Rebuilt["by_date"]);
    }

    private const string LatestEventSql = """
        select kind, arg_max(id, event_date) as last_id, max(event_date) as last_date
        from raw_events where event_date >= getvariable('rebuild_from') group by kind
        """;

    private const string LatestEventYml = "description: l\nmaterialized: incremental\nincremental_strategy: merge\nincremental_key: last_date\nsources: [raw_events]\ntests:\n  - unique: [kind]";

    public void Dispose()
    {
        _db.Dispose();
        _sql.Dispose();
    }
}
