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

    public void Dispose()
    {
        _db.Dispose();
        _sql.Dispose();
    }
}
