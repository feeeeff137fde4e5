using DuckDB.NET.Data;

namespace CommunityFp.Models;

/// <summary>
/// Decides how much an incremental build must redo. A register state at date d depends only on batch versions with
/// as_of ≤ d, so when the versions known at K differ from the last build's only from some as_of on, rows keyed by
/// earlier month ends cannot change: incremental models rebuild from the first of that month. A new knowledge date
/// or a first build rebuilds everything. The plan reads the ETL's <c>batch_versions</c> through the
/// <c>versions_known_at</c> macro and the runner's own <c>build_log</c>.
/// </summary>
public static class BuildPlanner
{
    private const string EverythingLoaded = "9999-12-31";

    /// <summary>The build context for knowledge date <paramref name="asKnownAt"/>.</summary>
    public static BuildContext Plan(DuckDBConnection connection, DateOnly? asKnownAt)
    {
        EnsureLog(connection);
        var last = LastBuild(connection);
        if (last is null || last.Value.AsKnownAt != asKnownAt) return new BuildContext(asKnownAt, null);
        using var command = connection.CreateCommand();
        // Versions known now but not used by the last build, or used then but not known now.
        command.CommandText = $"""
            with {VersionChanges("?::date", "?")}
            select min(as_of), (select max(as_of) from now_known) from changed
            """;
        command.Parameters.Add(new DuckDBParameter(asKnownAt?.ToString("yyyy-MM-dd") ?? EverythingLoaded));
        command.Parameters.Add(new DuckDBParameter(last.Value.BuildId));
        using var reader = command.ExecuteReader();
        reader.Read();
        if (reader.IsDBNull(0))
        {
            // Nothing changed: incremental models keep every row (rebuild from after the last data).
            var lastAsOf = reader.IsDBNull(1) ? DateOnly.MinValue : reader.GetFieldValue<DateOnly>(1);
            return new BuildContext(asKnownAt, lastAsOf.AddDays(1));
        }
        var firstChanged = reader.GetFieldValue<DateOnly>(0);
        return new BuildContext(asKnownAt, new DateOnly(firstChanged.Year, firstChanged.Month, 1));
    }

    /// <summary>
    /// Fills temp table <paramref name="table"/> (inside a build: its knowledge date from build_context) with each
    /// scope's latest known batch version in the last build (o) and now (n), and whether the scope's known versions
    /// changed only by a new latest batch (appended_only); true when every scope's did.
    /// </summary>
    internal static bool CompareScopeLatestVersions(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            create or replace temp table {table} as
            with {VersionChanges($"(select coalesce(as_known_at, date '{EverythingLoaded}') from {BuildContext.TableName})", "(select max(build_id) from build_log)")},
            latest as (
                select coalesce(n.scope, o.scope) as scope, o.version_ord as o, o.as_of as o_as_of, n.version_ord as n, n.as_of as n_as_of
                from (select scope, arg_max(version_ord, as_of) as version_ord, max(as_of) as as_of from last_used group by scope) o
                full join (select scope, arg_max(version_ord, as_of) as version_ord, max(as_of) as as_of from now_known group by scope) n
                  on n.scope = o.scope
            )
            select l.*,
                   not exists (select 1 from changed c
                               where c.scope = l.scope
                                 and not coalesce(c.version_ord = l.n and (l.o_as_of is null or l.n_as_of > l.o_as_of), false)) as appended_only
            from latest l
            """;
        command.ExecuteNonQuery();
        command.CommandText = $"select count(*) = 0 from {table} where not appended_only";
        return (bool)command.ExecuteScalar()!;
    }

    // The versions known at knowledge date knownAt (now_known), those the last build used (last_used; build lastBuild),
    // and the versions in one but not the other (changed): CTEs, from SQL expressions of the runner's own.
    private static string VersionChanges(string knownAt, string lastBuild) => $"""
        now_known as (select scope, as_of, version_ord from versions_known_at({knownAt})),
        last_used as (select scope, as_of, version_ord from build_log_versions where build_id = {lastBuild}),
        changed as ((select * from now_known except select * from last_used)
                    union all (select * from last_used except select * from now_known))
        """;

    /// <summary>
    /// Records a successful build (inside its transaction): its knowledge date, the versions it used, its models' SQL,
    /// and in <c>build_log_steps</c> what it did with each model (kept, rebuilt, rebuilt from a date) and how long each
    /// model and data test took.
    /// </summary>
    public static void Record(DuckDBConnection connection, BuildContext context, ModelCatalog catalog,
        IReadOnlyList<(string Model, TimeSpan Elapsed)>? timings = null, IReadOnlyList<DataTestResult>? tests = null,
        IReadOnlyDictionary<string, string>? outcomes = null)
    {
        EnsureLog(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            insert into build_log select coalesce(max(build_id), 0) + 1, ?::date, ?::date, now() from build_log;
            insert into build_log_versions
                select (select max(build_id) from build_log), scope, as_of, version_ord
                from versions_known_at(coalesce((select as_known_at from build_log order by build_id desc limit 1), date '9999-12-31'));
            """;
        command.Parameters.Add(new DuckDBParameter(context.AsKnownAt is { } k ? k : DBNull.Value));
        command.Parameters.Add(new DuckDBParameter(context.RebuildFrom is { } r ? r : DBNull.Value));
        command.ExecuteNonQuery();
        foreach (var model in catalog.Models)
        {
            using var m = connection.CreateCommand();
            m.CommandText = "insert into build_log_models select (select max(build_id) from build_log), ?, ?";
            m.Parameters.Add(new DuckDBParameter(model.Name));
            m.Parameters.Add(new DuckDBParameter(SqlHash(model)));
            m.ExecuteNonQuery();
        }
        foreach (var (model, elapsed) in timings ?? [])
            RecordStep(connection, model, "build", outcomes?.GetValueOrDefault(model) ?? "view", elapsed);
        foreach (var test in tests ?? [])
            RecordStep(connection, test.Model, test.Test.Name, test.Passed ? "passed" : test.Test.Severity == TestSeverity.Warn ? "warns" : "fails", test.Elapsed);
    }

    private static void RecordStep(DuckDBConnection connection, string model, string step, string outcome, TimeSpan elapsed)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "insert into build_log_steps select (select max(build_id) from build_log), ?, ?, ?, ?";
        command.Parameters.Add(new DuckDBParameter(model));
        command.Parameters.Add(new DuckDBParameter(step));
        command.Parameters.Add(new DuckDBParameter(outcome));
        command.Parameters.Add(new DuckDBParameter(elapsed.TotalSeconds));
        command.ExecuteNonQuery();
    }

    /// <summary>True when the model's SQL is the one the last build used (so its kept rows are still right).</summary>
    public static bool SqlUnchangedSinceLastBuild(DuckDBConnection connection, ModelDefinition model)
    {
        EnsureLog(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "select sql_hash from build_log_models where build_id = (select max(build_id) from build_log) and model = ?";
        command.Parameters.Add(new DuckDBParameter(model.Name));
        return command.ExecuteScalar() is string hash && hash == SqlHash(model);
    }

    private static string SqlHash(ModelDefinition model) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(model.Sql)));

    private static (long BuildId, DateOnly? AsKnownAt)? LastBuild(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select build_id, as_known_at from build_log order by build_id desc limit 1";
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1));
    }

    private static void EnsureLog(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            create table if not exists build_log (build_id bigint, as_known_at date, rebuild_from date, built_at timestamp);
            create table if not exists build_log_versions (build_id bigint, scope varchar, as_of date, version_ord bigint);
            create table if not exists build_log_models (build_id bigint, model varchar, sql_hash varchar);
            create table if not exists build_log_steps (build_id bigint, model varchar, step varchar, outcome varchar, seconds double);
            """;
        command.ExecuteNonQuery();
    }
}
