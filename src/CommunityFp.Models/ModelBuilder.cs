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
        foreach (var (name, sql) in catalog.Macros)
        {
            try { Execute(connection, sql); }
            catch (DuckDBException e) { throw new ModelBuildException($"macros/{name}", $"failed: {e.Message}", e); }
        }
        var timings = new List<(string, TimeSpan)>();
        var total = catalog.Models.Count;
        for (var i = 0; i < total; i++)
        {
            var model = catalog.Models[i];
            progress?.Report(new ModelBuildProgress(model.Name, i, total, "build"));
            var watch = Stopwatch.StartNew();
            try
            {
                foreach (var statement in Statements(connection, model, context, recordBuild))
                    Execute(connection, statement);
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
                var watch = Stopwatch.StartNew();
                results.Add(RunTest(connection, model.Name, test) with { Elapsed = watch.Elapsed });
            }
        }
        var failures = results.Where(r => !r.Passed && r.Test.Severity == TestSeverity.Error).ToList();
        if (failures.Count > 0)
            throw new ModelBuildException(failures[0].Model,
                $"{failures.Count} data test(s) failed; the build was rolled back:\n" + string.Join("\n", failures));
        if (recordBuild) BuildPlanner.Record(connection, context, catalog);
        transaction.Commit();
        return new ModelBuildSummary(timings, results) { Context = context };
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
    private static IEnumerable<string> Statements(DuckDBConnection connection, ModelDefinition model, BuildContext context,
        bool recordBuild)
    {
        switch (model.Materialization)
        {
            case Materialization.View:
                yield return $"create or replace view {model.Name} as\n{model.Sql}";
                break;
            case Materialization.Incremental when context.RebuildFrom is not null && TableExists(connection, model.Name)
                                                  && (!recordBuild || BuildPlanner.SqlUnchangedSinceLastBuild(connection, model)):
                var key = model.IncrementalKey!;
                yield return $"delete from {model.Name} where {key} >= (select rebuild_from from {BuildContext.TableName})";
                yield return $"insert into {model.Name} by name select * from (\n{model.Sql}\n) where {key} >= (select rebuild_from from {BuildContext.TableName})";
                break;
            default:
                yield return $"create or replace table {model.Name} as\n{model.Sql}";
                break;
        }
    }

    private static bool TableExists(DuckDBConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from information_schema.tables where table_name = ? and table_type = 'BASE TABLE'";
        command.Parameters.Add(new DuckDBParameter(name));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DataTestResult RunTest(DuckDBConnection connection, string model, DataTest test)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"select * from ({test.FailingRowsSql}) as failing";
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
