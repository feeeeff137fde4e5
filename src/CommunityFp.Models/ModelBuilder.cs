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
        var keepRows = catalog.Models.SelectMany(m => m.DirtyInputs?.Keys ?? []).ToHashSet(StringComparer.Ordinal);
        var timings = new List<(string, TimeSpan)>();
        var total = catalog.Models.Count;
        for (var i = 0; i < total; i++)
        {
            var model = catalog.Models[i];
            progress?.Report(new ModelBuildProgress(model.Name, i, total, "build"));
            var watch = Stopwatch.StartNew();
            try
            {
                BuildModel(connection, model, plan, recordBuild, keepRows);
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
        foreach (var model in catalog.Models)
        {
            Execute(connection, $"drop table if exists {model.Name}__dirty_rows");
            if (model.HasDirtyTable) Execute(connection, $"drop table if exists {model.DirtyTable}");
        }
        Execute(connection, $"drop table if exists {ScopeLatestTable}");
        var failures = results.Where(r => !r.Passed && r.Test.Severity == TestSeverity.Error).ToList();
        if (failures.Count > 0)
            throw new ModelBuildException(failures[0].Model,
                $"{failures.Count} data test(s) failed; the build was rolled back:\n" + string.Join("\n", failures));
        if (recordBuild) BuildPlanner.Record(connection, context, catalog, timings, results, plan.Outcomes);
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
    private static void BuildModel(DuckDBConnection connection, ModelDefinition model, ChangePlan plan, bool recordBuild,
        IReadOnlySet<string> keepRows)
    {
        // a model may filter early on getvariable('rebuild_from'): everything unless rebuilt incrementally below;
        // a dirty-key model reads its dirty keys only when getvariable('dirty_only') (they are empty otherwise)
        Execute(connection, "set variable rebuild_from = date '0001-01-01'");
        Execute(connection, "set variable dirty_only = false");
        if (model.DirtyKey is not null)
        {
            var (input, columns) = model.DirtyInputs!.First();
            FillDirtyKeys(connection, model, $"select {KeyColumns(columns, model.DirtyInputKey ?? model.DirtyKey)}, date '0001-01-01' as changed_from__ from {input} limit 0", empty: true);
        }
        if (model.ChangedRecords is not null)
            Execute(connection, $"create or replace temp table {model.DirtyTable} (scope varchar, record_key varchar)");
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
        if (kept && recordBuild && model.ChangedRecords is not null && RebuildChangedRecords(connection, model, plan, keepRows)) return;
        if (kept && model.DirtyKey is not null && RebuildDirtyKeys(connection, model, plan)) return;
        if (kept && model.Materialization == Materialization.Incremental
                 && changedFrom!.Value.DayNumber - model.LookbackDays > ChangePlan.Everything.DayNumber)
        {
            var from = ChangePlan.MonthStart(changedFrom.Value.AddDays(-model.LookbackDays));
            Execute(connection, $"insert into {ModelTestReader.RebuiltTable} values ('{model.Name}', ?::date)", from);
            SetRebuildFrom(connection, model.Name);
            var rebuilt = ModelTestReader.RebuiltRowsFilter(model.IncrementalKey!);
            if (!model.MergeOnKey)
            {
                Execute(connection, $"delete from {model.Name} where {rebuilt}");
                Execute(connection, $"insert into {model.Name} by name select * from (\n{model.Sql}\n) where {rebuilt}");
                plan.Built(model, from, incrementally: true);
                return;
            }
            if (MergeRows(connection, model, rebuilt) is { } merged)
            {
                plan.Built(model, merged.ChangedFrom, contentChanged: merged.Differs,
                    note: $"merged from {from:yyyy-MM-dd}, {merged.Replaced} rows replaced");
                return;
            }
            // a key whose rows from rebuild_from on are gone: its row needs all of history, so rebuild it in full
            Execute(connection, "set variable rebuild_from = date '0001-01-01'");
        }
        if (kept && model.Changes is not null)
        {
            Execute(connection, $"alter table {model.Name} rename to {model.Name}__previous");
            Execute(connection, $"create table {model.Name} as\n{model.Sql}");
            Execute(connection, ChangedRowsSql(model, model.Name, $"{model.Name}__previous"));
            Execute(connection, $"drop table {model.Name}__previous");
            var (differs, changeDate) = DateChangesOfInput(connection, model, plan, keepRows);
            plan.Built(model, changeDate, contentChanged: differs);
            return;
        }
        Execute(connection, $"create or replace table {model.Name} as\n{model.Sql}");
        plan.Built(model, ChangePlan.Everything);
    }

    /// <summary>
    /// An incremental build of a dirty-key model (<c>dirty_key</c>, <c>dirty_inputs</c>): its partitions from the
    /// earliest change of its other inputs (less its look-back) on are rebuilt as usual; the changed rows of its dirty
    /// inputs (old and new versions) dated earlier name the keys (e.g. women) whose earlier rows are recomputed too —
    /// the model's SQL reads them from <c>&lt;model&gt;__dirty</c> when <c>getvariable('dirty_only')</c>. The replaced
    /// rows are compared with their new versions and dated by the model's <c>changes_from</c>. Returns false (nothing
    /// done) when no dirty input has its changed rows kept, or the partitions would start at the beginning anyway.
    /// </summary>
    private static bool RebuildDirtyKeys(DuckDBConnection connection, ModelDefinition model, ChangePlan plan)
    {
        var keyed = model.DirtyInputs!.Keys.Where(plan.HasChangedRows).ToList();
        if (keyed.Count == 0 || model.IncrementalKey == ModelDefinition.PeriodKey) return false;
        DateOnly? from = plan.InputsChangedFrom(model, keyed) is { } p
            ? ChangePlan.MonthStart(p.DayNumber - model.LookbackDays > ChangePlan.Everything.DayNumber ? p.AddDays(-model.LookbackDays) : ChangePlan.Everything)
            : null;
        if (from == ChangePlan.Everything) return false;
        var partition = from ?? DateOnly.MaxValue;
        var key = model.IncrementalKey!;
        var name = model.Name;
        // a change dated d reaches rows from the month of d − look-back on: from the partition on they are rebuilt anyway
        var dirtyBefore = from is { } f ? f.AddDays(model.LookbackDays) : DateOnly.MaxValue;
        var keys = string.Join(" union all ", keyed.Select(input =>
            $"select {KeyColumns(model.DirtyInputs[input], model.DirtyInputKey ?? model.DirtyKey!)}, changed_from__ from {input}__dirty_rows where changed_from__ < ?::date"));
        FillDirtyKeys(connection, model, keys, Enumerable.Repeat(dirtyBefore, keyed.Count).ToArray());
        var dirtyCount = RowCount(connection, model.DirtyTable);

        Execute(connection, $"insert into {ModelTestReader.RebuiltTable} values ('{name}', ?::date)", partition);
        SetRebuildFrom(connection, name);
        var rebuilt = ModelTestReader.RebuiltRowsFilter(key);
        if (from is not null)
        {
            Execute(connection, $"delete from {name} where {rebuilt}");
            Execute(connection, $"insert into {name} by name select * from (\n{model.Sql}\n) where {rebuilt}");
        }
        if (dirtyCount == 0)
        {
            if (from is null) plan.Kept(model);
            else plan.Built(model, from, incrementally: true);
            return true;
        }
        var earlier = $"{key} < getvariable('partition_from')";
        var dirtyColumns = string.Join(", ", model.DirtyKey!);
        var dirtyRow = $"({dirtyColumns}) in (select {dirtyColumns} from {model.DirtyTable})";
        Execute(connection, "set variable partition_from = getvariable('rebuild_from')");
        Execute(connection, "set variable rebuild_from = date '0001-01-01'");
        Execute(connection, "set variable dirty_only = true");
        Execute(connection, $"create or replace temp table {name}__new as select * from (\n{model.Sql}\n) where {earlier}");
        Execute(connection, "set variable dirty_only = false");
        ReplaceWithNewRows(connection, model, $"select * from {name} where {earlier} and {dirtyRow}",
            $"delete from {name} where {earlier} and {dirtyRow}");
        var (differs, changedFrom) = DateChanges(connection, model);
        var changed = differs && changedFrom is { } c && (from is null || c < from) ? changedFrom : from;
        // the recomputed earlier rows are tested with all the others (the tests of rebuilt partitions would miss them)
        plan.Built(model, changed, contentChanged: differs || from is not null,
            note: $"{(from is null ? "no partition rebuilt" : $"partitions from {from:yyyy-MM-dd}")}, {dirtyCount} dirty keys recomputed before");
        return true;
    }

    /// <summary>
    /// An incremental build of a <see cref="ChangedRecords"/> table: only the records whose versions changed since the
    /// last build are recomputed (in <c>&lt;model&gt;__dirty</c>: scope, record_key), replaced and compared with their
    /// previous rows, which date the change like a rebuilt table's. A record's version in a batch is the history row
    /// whose span [from_ord, to_ord] holds the batch version, or its stand-in there; so when a scope's latest known
    /// version moves from o (the last build's) to n, the records whose rows hold exactly one of o and n, and those with
    /// a stand-in at either, are all that can differ. Returns false (nothing done) when another input changed, or when
    /// a table reading every known version sees a scope whose known versions changed other than by a new latest batch.
    /// </summary>
    private static bool RebuildChangedRecords(DuckDBConnection connection, ModelDefinition model, ChangePlan plan,
        IReadOnlySet<string> keepRows)
    {
        var records = model.ChangedRecords!;
        if (model.DependsOn.Any(d => d != KnownVersionsModel && plan.Changed(d))) return false;
        plan.AppendedOnly ??= BuildPlanner.CompareScopeLatestVersions(connection, ScopeLatestTable);
        if (records.EveryKnownVersion && !plan.AppendedOnly.Value) return false;
        // the rows holding exactly one of o and n, per record: a record with one such row (new, or gone at n), or with
        // two of different content (a hash of its typed columns: extra CSV columns, which no model reads, and the
        // spans are left out), or with a stand-in at either, is all that can differ
        static string Holds(string version) =>
            $"coalesce(h.from_ord <= {version} and coalesce(h.to_ord, 9223372036854775807) >= {version}, false)";
        Execute(connection, $"""
            create or replace temp table {model.DirtyTable} as
            with changed_rows as (
                select h.scope, h.record_key, hash(*columns(* exclude (scope, record_key, row_hash, from_ord, to_ord, extra_columns))) as content
                from hist_{records.Register} h
                semi join {ScopeLatestTable} l on l.scope = h.scope and l.o is distinct from l.n and {Holds("l.o")} != {Holds("l.n")}
            )
            select scope, record_key from changed_rows group by all having count(*) = 1 or min(content) != max(content)
            union
            select s.scope, s.record_key from standin_{records.Register} s
            join {ScopeLatestTable} l on l.scope = s.scope and (s.version_ord = l.o or s.version_ord = l.n)
            """);
        var count = RowCount(connection, model.DirtyTable);
        var dirtyRow = model.RecomputedRecordsFilter;
        // the model may read its changed records early (getvariable('dirty_only')); the filter here holds in any case
        Execute(connection, "set variable dirty_only = true");
        Execute(connection, $"create or replace temp table {model.Name}__new as select * from (\n{model.Sql}\n) where {dirtyRow}");
        Execute(connection, "set variable dirty_only = false");
        ReplaceWithNewRows(connection, model, $"select * from {model.Name} where {dirtyRow}", $"delete from {model.Name} where {dirtyRow}");
        var (differs, changeDate) = DateChangesOfInput(connection, model, plan, keepRows);
        plan.RecordsRebuilt(model);
        plan.Built(model, changeDate, contentChanged: differs, note: $"{count} changed records recomputed");
        return true;
    }

    private const string KnownVersionsModel = "stg_known_versions";
    private const string ScopeLatestTable = "build_scope_latest";

    // <model>__dirty from the keys the inputs' changed rows name (through dirty_key_from when the model has one), each
    // with dirty_from, the first of the month of its earliest change less the look-back: its rows before cannot change
    // (dirty_key_from uses it to recompute only a resident's cells from then on).
    private static void FillDirtyKeys(DuckDBConnection connection, ModelDefinition model, string changedRows,
        DateOnly[]? parameters = null, bool empty = false)
    {
        parameters ??= [];
        var named = $"""
            select * exclude (changed_from__),
                   cast(date_trunc('month', min(changed_from__) - {model.LookbackDays}) as date) as dirty_from
            from ({changedRows}) group by all
            """;
        if (model.DirtyKeyFrom is null)
        {
            Execute(connection, $"create or replace temp table {model.DirtyTable} as {named}", parameters);
            return;
        }
        Execute(connection, $"create or replace temp table {model.Name}__dirty_named as {named}", parameters);
        // empty (other builds): no need to read what dirty_key_from reads
        Execute(connection, $"create or replace temp table {model.DirtyTable} as select * from ({model.DirtyKeyFrom}) {(empty ? "limit 0" : "")}");
        Execute(connection, $"drop table {model.Name}__dirty_named");
    }

    private static string KeyColumns(IReadOnlyList<string> columns, IReadOnlyList<string> key) =>
        string.Join(", ", columns.Select((c, i) => $"{c} as {key[i]}"));

    /// <summary>
    /// An incremental build of a merged model: its rows computed from rebuild_from on replace the rows of the same
    /// keys whose row is new or differs (the others are left as they are); every other key's row is kept. Returns null
    /// (nothing done) when a kept row dates from rebuild_from on but its key has no new row — its inputs from then on
    /// are gone, so its row needs all of history. The replaced rows are compared with their new versions and dated
    /// like a rebuilt table's.
    /// </summary>
    private static (bool Differs, DateOnly? ChangedFrom, long Replaced)? MergeRows(DuckDBConnection connection, ModelDefinition model, string rebuilt)
    {
        var name = model.Name;
        var matches = string.Join(" and ", model.UniqueKey!.Select(c => $"m.{c} = n.{c}"));
        Execute(connection, $"create or replace temp table {name}__recomputed as select * from (\n{model.Sql}\n)");
        var stale = Convert.ToInt64(Scalar(connection,
            $"select count(*) from (select * from {name} where {rebuilt}) m anti join {name}__recomputed n on {matches}"),
            System.Globalization.CultureInfo.InvariantCulture);
        if (stale > 0)
        {
            Execute(connection, $"drop table {name}__recomputed");
            return null;
        }
        // only the keys whose row is new or differs are replaced (most recomputed rows are the same as before)
        Execute(connection, $"""
            create or replace temp table {name}__new as
            select n.* from {name}__recomputed n left join {name} m on {matches}
            where n is distinct from m
            """);
        Execute(connection, $"drop table {name}__recomputed");
        var replaced = RowCount(connection, $"{name}__new");
        ReplaceWithNewRows(connection, model, $"select m.* from {name} m semi join {name}__new n on {matches}",
            $"delete from {name} as m using {name}__new as n where {matches}");
        var (differs, changedFrom) = DateChanges(connection, model);
        return (differs, changedFrom, replaced);
    }

    /// <summary>
    /// Replaces the rows <paramref name="replacedRows"/> selects (deleted by <paramref name="deleteReplaced"/>) with
    /// the recomputed rows in temp table <c>&lt;model&gt;__new</c>, leaving their differences in
    /// <c>&lt;model&gt;__changes</c> for <see cref="DateChanges"/>; drops the temp tables.
    /// </summary>
    private static void ReplaceWithNewRows(DuckDBConnection connection, ModelDefinition model, string replacedRows, string deleteReplaced)
    {
        var name = model.Name;
        Execute(connection, $"create or replace temp table {name}__replaced as {replacedRows}");
        Execute(connection, ChangedRowsSql(model, $"{name}__new", $"{name}__replaced"));
        Execute(connection, deleteReplaced);
        Execute(connection, $"insert into {name} by name select * from {name}__new");
        Execute(connection, $"drop table {name}__new");
        Execute(connection, $"drop table {name}__replaced");
    }

    // DateChanges for a rebuilt table; when it is a dirty input of this build's dirty-key models, its differing rows
    // are kept (by changes_key group) in <model>__dirty_rows for them
    private static (bool Differs, DateOnly? ChangedFrom) DateChangesOfInput(DuckDBConnection connection, ModelDefinition model,
        ChangePlan plan, IReadOnlySet<string> keepRows)
    {
        var keep = keepRows.Contains(model.Name) && model.Changes is { Key.Count: > 0 };
        var dated = DateChanges(connection, model, keep);
        if (dated.Differs && keep) plan.ChangedRowsKept(model.Name);
        return dated;
    }

    /// <summary>
    /// Whether the rows in <c>&lt;model&gt;__changes</c> (old and new versions of the differing rows) are any, and the
    /// earliest date they affect by the model's <c>changes_from</c> (null = no change incremental models read;
    /// a model without it counts as changed everywhere). Drops the table.
    /// </summary>
    private static (bool Differs, DateOnly? ChangedFrom) DateChanges(DuckDBConnection connection, ModelDefinition model,
        bool keepRows = false)
    {
        var differs = RowCount(connection, $"{model.Name}__changes") > 0;
        object? changeDate = null;
        if (differs && keepRows && model.Changes is { Key.Count: > 0 } keyed)
        {
            // the differing rows with their group's date, kept for the build's dirty-key models reading this table
            var key = string.Join(", ", keyed.Key);
            Execute(connection, $"""
                create or replace temp table {model.Name}__dirty_rows as
                select c.*, g.changed_from__ from {model.Name}__changes c
                join (select {key}, {keyed.FromSql} as changed_from__ from {model.Name}__changes as {model.Name} group by {key}) g
                using ({key})
                """);
            changeDate = Scalar(connection, $"select min(changed_from__) from {model.Name}__dirty_rows");
        }
        else if (differs && model.Changes is { } changes)
        {
            var groupBy = changes.Key.Count > 0 ? $"group by {string.Join(", ", changes.Key)}" : "";
            changeDate = Scalar(connection, $"""
                select min(changed_from) from (
                    select {changes.FromSql} as changed_from from {model.Name}__changes as {model.Name} {groupBy})
                """);
        }
        else if (differs)
            changeDate = ChangePlan.Everything;
        Execute(connection, $"drop table {model.Name}__changes");
        return (differs, changeDate switch
        {
            null => null,
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            var other => throw new ModelBuildException(model.Name, $"changes_from gives {other.GetType().Name}, not a date"),
        });
    }

    /// <summary>
    /// The statement collecting a rebuilt table's rows that differ from its previous rows (old and new versions, as
    /// <c>except all</c> both ways would give). With a unique key (the model's first <c>unique</c> test) the two
    /// versions are paired by a join on the key, several times cheaper than set differences over whole rows; a key
    /// that is no longer unique fails that test and rolls the build back.
    /// </summary>
    private static string ChangedRowsSql(ModelDefinition model, string current, string previous)
    {
        var name = model.Name;
        if (model.UniqueKey is not { Count: > 0 } key)
            return $"""
                create or replace temp table {name}__changes as
                (select * from {current} except all select * from {previous})
                union all (select * from {previous} except all select * from {current})
                """;
        var on = string.Join(" and ", key.Select(c => $"new__.{c} = old__.{c}"));
        return $"""
            create or replace temp table {name}__changes as
            with differing as (
                select new__ as new_row, old__ as old_row
                from (select *, true as present__ from {current}) new__
                full join (select *, true as present__ from {previous}) old__ on {on}
                where new__ is distinct from old__)
            select * exclude (present__) from (select unnest(new_row) from differing where new_row.present__)
            union all
            select * exclude (present__) from (select unnest(old_row) from differing where old_row.present__)
            """;
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

    private static void Execute(DuckDBConnection connection, string sql, params DateOnly[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var p in parameters) command.Parameters.Add(new DuckDBParameter(p));
        command.ExecuteNonQuery();
    }

    private static long RowCount(DuckDBConnection connection, string table) =>
        Convert.ToInt64(Scalar(connection, $"select count(*) from {table}"), System.Globalization.CultureInfo.InvariantCulture);

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
