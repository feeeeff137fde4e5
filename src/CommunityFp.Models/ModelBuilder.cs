using System.Data;
using System.Diagnostics;
using DuckDB.NET.Data;

namespace CommunityFp.Models;

/// <summary>Progress of a build: the model being built or tested.</summary>
public sealed record ModelBuildProgress(string Model, int Done, int Total, string Stage);

/// <summary>The outcome of a build: each model's time and every data test's result.</summary>
public sealed record ModelBuildSummary(IReadOnlyList<(string Model, TimeSpan Elapsed)> Models, IReadOnlyList<DataTestResult> Tests)
{
    /// <summary>The inputs the build ran with (its rebuild_from tells whether it was incremental).</summary>
    public BuildContext? Context { get; init; }

    /// <summary>What the build did with each table model: rebuilt, rebuilt from a date on, or kept.</summary>
    public IReadOnlyDictionary<string, string> Rebuilt { get; init; } = new Dictionary<string, string>();

    public IEnumerable<DataTestResult> Warnings => Tests.Where(t => !t.Passed && t.Test.Severity == TestSeverity.Warn);
}

/// <summary>
/// Builds the models of a <see cref="ModelCatalog"/> in dependency order inside one transaction, then runs their
/// data tests; a failing model or error-severity test rolls the whole build back, so readers never see a half build.
/// </summary>
public static class ModelBuilder
{
    private const int ExampleRowCount = 5;

    /// <summary>Plans (incremental where possible), builds and records a build of the product's warehouse.</summary>
    public static ModelBuildSummary BuildWarehouse(DuckDBConnection connection, ModelCatalog catalog, DateOnly? asKnownAt,
        IProgress<ModelBuildProgress>? progress = null, bool full = false)
    {
        var context = full ? new BuildContext(asKnownAt, null) : BuildPlanner.Plan(connection, asKnownAt);
        return Build(connection, catalog, context, progress, recordBuild: true);
    }

    /// <summary>
    /// Builds with a given context. <paramref name="recordBuild"/> (the product's builds) records the build in
    /// <c>build_log</c> so that the next one can be incremental; tests of the runner alone leave it off.
    /// </summary>
    public static ModelBuildSummary Build(DuckDBConnection connection, ModelCatalog catalog, BuildContext context,
        IProgress<ModelBuildProgress>? progress = null, bool recordBuild = false)
    {
        using var settings = BuildSettings.Apply(connection);
        using var transaction = connection.BeginTransaction();
        WriteContext(connection, context);
        Execute(connection, $"create or replace temp table {ModelTestReader.RebuiltTable} (model varchar, rebuild_from date)");
        foreach (var (name, sql) in catalog.Macros)
        {
            try { Execute(connection, sql); }
            catch (DuckDBException e) { throw new ModelBuildException($"macros/{name}", $"failed: {e.Message}", e); }
        }
        var plan = new ChangePlan(context.RebuildFrom);
        var timings = new List<(string, TimeSpan)>();
        var total = catalog.Models.Count;
        for (var i = 0; i < total; i++)
        {
            var model = catalog.Models[i];
            progress?.Report(new ModelBuildProgress(model.Name, i, total, "build"));
            var watch = Stopwatch.StartNew();
            try
            {
                BuildModel(connection, model, plan, recordBuild);
            }
            catch (DuckDBException e)
            {
                throw new ModelBuildException(model.Name, $"failed to build: {e.Message}", e);
            }
            timings.Add((model.Name, watch.Elapsed));
        }
        var results = new List<DataTestResult>();
        for (var i = 0; i < total; i++)
        {
            var model = catalog.Models[i];
            progress?.Report(new ModelBuildProgress(model.Name, i, total, "test"));
            foreach (var test in model.Tests)
            {
                var sql = plan.TestSql(model, test);
                if (sql is null) continue;
                if (sql != test.FailingRowsSql) SetRebuildFrom(connection, model.Name);
                var watch = Stopwatch.StartNew();
                results.Add(RunTest(connection, model.Name, test, sql) with { Elapsed = watch.Elapsed });
            }
        }
        var failures = results.Where(r => !r.Passed && r.Test.Severity == TestSeverity.Error).ToList();
        if (failures.Count > 0)
            throw new ModelBuildException(failures[0].Model,
                $"{failures.Count} data test(s) failed; the build was rolled back:\n" + string.Join("\n", failures));
        if (recordBuild) BuildPlanner.Record(connection, context, catalog);
        transaction.Commit();
        return new ModelBuildSummary(timings, results) { Context = context, Rebuilt = plan.Outcomes };
    }

    private static void WriteContext(DuckDBConnection connection, BuildContext context)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"create or replace table {BuildContext.TableName} as select ?::date as as_known_at, ?::date as rebuild_from";
        command.Parameters.Add(new DuckDBParameter(context.AsKnownAt is { } k ? k : DBNull.Value));
        command.Parameters.Add(new DuckDBParameter(context.RebuildFrom is { } r ? r : DBNull.Value));
        command.ExecuteNonQuery();
    }

    // Names come from file names checked to be identifiers; the model's SQL is the repository's own code.
    private static void BuildModel(DuckDBConnection connection, ModelDefinition model, ChangePlan plan, bool recordBuild)
    {
        // a model may filter early on getvariable('rebuild_from'): everything unless rebuilt incrementally below
        Execute(connection, "set variable rebuild_from = date '0001-01-01'");
        if (model.Materialization == Materialization.View)
        {
            Execute(connection, $"create or replace view {model.Name} as\n{model.Sql}");
            plan.Built(model, plan.InputsChangedFrom(model), contentChanged: plan.InputsChanged(model));
            return;
        }
        var kept = plan.Incremental && TableExists(connection, model.Name)
                   && (!recordBuild || BuildPlanner.SqlUnchangedSinceLastBuild(connection, model));
        var changedFrom = plan.InputsChangedFrom(model);
        if (kept && (!plan.InputsChanged(model)
                     || (model.Materialization == Materialization.Incremental && changedFrom is null)))
        {
            // nothing it reads changed since the last build (or, for an incremental model, nothing its rows depend
            // on): its rows are still right
            plan.Kept(model);
            return;
        }
        if (kept && model.Materialization == Materialization.Incremental
                 && changedFrom!.Value.DayNumber - model.LookbackDays > ChangePlan.Everything.DayNumber)
        {
            var from = ChangePlan.MonthStart(changedFrom.Value.AddDays(-model.LookbackDays));
            Execute(connection, $"insert into {ModelTestReader.RebuiltTable} values ('{model.Name}', ?::date)", from);
            SetRebuildFrom(connection, model.Name);
            var rebuilt = ModelTestReader.RebuiltRowsFilter(model.IncrementalKey!);
            Execute(connection, $"delete from {model.Name} where {rebuilt}");
            Execute(connection, $"insert into {model.Name} by name select * from (\n{model.Sql}\n) where {rebuilt}");
            plan.Built(model, from, incrementally: true);
            return;
        }
        if (kept && model.Changes is { } changes)
        {
            Execute(connection, $"alter table {model.Name} rename to {model.Name}__previous");
            Execute(connection, $"create table {model.Name} as\n{model.Sql}");
            var groupBy = changes.Key.Count > 0 ? $"group by {string.Join(", ", changes.Key)}" : "";
            Execute(connection, $"""
                create or replace temp table {model.Name}__changes as
                (select * from {model.Name} except all select * from {model.Name}__previous)
                union all (select * from {model.Name}__previous except all select * from {model.Name})
                """);
            var differs = Convert.ToInt64(Scalar(connection, $"select count(*) from {model.Name}__changes"),
                System.Globalization.CultureInfo.InvariantCulture) > 0;
            var changeDate = !differs ? null : Scalar(connection, $"""
                select min(changed_from) from (
                    select {changes.FromSql} as changed_from from {model.Name}__changes as {model.Name} {groupBy})
                """);
            Execute(connection, $"drop table {model.Name}__changes");
            Execute(connection, $"drop table {model.Name}__previous");
            plan.Built(model, changeDate switch
            {
                null => null,
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                var other => throw new ModelBuildException(model.Name, $"changes_from gives {other.GetType().Name}, not a date"),
            }, contentChanged: differs);
            return;
        }
        Execute(connection, $"create or replace table {model.Name} as\n{model.Sql}");
        plan.Built(model, ChangePlan.Everything);
    }

    /// <summary>
    /// Sets the session variable <c>rebuild_from</c> to the model's rebuild date (from <c>build_rebuilt</c>, where it
    /// was written as a parameter): <c>getvariable</c> is a constant when a query is planned, so filters on it reach
    /// the table scans (a parameter or a scalar subquery would not, and the partitions would be computed in full).
    /// </summary>
    private static void SetRebuildFrom(DuckDBConnection connection, string model) =>
        Execute(connection, $"set variable rebuild_from = (select max(rebuild_from) from {ModelTestReader.RebuiltTable} where model = '{model}')");

    private static bool TableExists(DuckDBConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from information_schema.tables where table_name = ? and table_type = 'BASE TABLE'";
        command.Parameters.Add(new DuckDBParameter(name));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    private static void Execute(DuckDBConnection connection, string sql, DateOnly? parameter = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is { } p) command.Parameters.Add(new DuckDBParameter(p));
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is var value and not DBNull ? value : null;
    }

    private static DataTestResult RunTest(DuckDBConnection connection, string model, DataTest test, string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"select * from ({sql}) as failing";
            foreach (var p in test.Parameters ?? []) command.Parameters.Add(new DuckDBParameter(p));
            using var reader = command.ExecuteReader();
            var examples = new List<string>();
            long count = 0;
            while (reader.Read())
                if (++count <= ExampleRowCount) examples.Add(FormatRow(reader));
            return new DataTestResult(model, test, count, examples);
        }
        catch (DuckDBException e)
        {
            throw new ModelBuildException(model, $"data test {test.Name} could not run: {e.Message}", e);
        }
    }

    private static string FormatRow(IDataRecord row) =>
        string.Join(", ", Enumerable.Range(0, row.FieldCount).Select(i =>
            $"{row.GetName(i)}={(row.IsDBNull(i) ? "null" : Convert.ToString(row.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}"));
}
