using System.Globalization;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;
using DuckDB.NET.Data;

namespace CommunityFp.Assessment.Warehouse;

/// <summary>The warehouse cannot give a run what it asks for (no build, another knowledge date, no figures for the year).</summary>
public sealed class AssessmentInputsException(string message) : Exception(message);

/// <summary>What, besides scheme, year and knowledge date, names a run: the batches and the models' SQL.</summary>
internal sealed record RunKey(string BatchIdsHash, string ModelsHash);

/// <summary>The outcome of assessing: the run asked for, whether it was stored already, and earlier runs it needed.</summary>
public sealed record AssessmentOutcome(string RunId, bool AlreadyStored, AssessmentResult Result, IReadOnlyList<string> EarlierRunsStored);

/// <summary>
/// Runs the engine on the figures of the warehouse's last build and stores the run. It builds nothing: the build
/// fixes the knowledge date and batches. Years named by a standard's <c>no_veto_in_years</c> before Y are answered
/// from stored runs of the same scheme and inputs; a missing one is computed and stored first (it is itself
/// reproducible), so the answer never depends on which runs happened to be stored before.
/// </summary>
public sealed class AssessmentRunner(DuckDBConnection connection)
{
    public AssessmentOutcome Run(LoadedScheme scheme, int year, DateOnly? asKnownAt)
    {
        var build = ReadBuild(asKnownAt);
        var inputs = WarehouseAssessmentInputs.Read(connection, build);
        if (!inputs.Years.Contains(year))
            throw new AssessmentInputsException(
                $"the warehouse has no yearly figures for {year} (years with figures: {(inputs.Years.Count == 0 ? "none" : string.Join(", ", inputs.Years))})");
        var batchHash = RunIdentity.BatchIdsHash(build.BatchIds);
        var earlier = new List<string>();
        var (runId, stored, result) = Ensure(scheme, year, inputs, new RunKey(batchHash, build.ModelsHash), earlier);
        return new AssessmentOutcome(runId, stored, result, earlier);
    }

    private (string RunId, bool AlreadyStored, AssessmentResult Result) Ensure(
        LoadedScheme scheme, int year, WarehouseAssessmentInputs inputs, RunKey key, List<string> earlierStored)
    {
        var runId = RunIdentity.Of(scheme.ContentHash, year, inputs.KnowledgeDate, key.BatchIdsHash, key.ModelsHash);
        if (RunStore.Read(connection, runId) is { } stored) return (runId, true, stored);

        var history = new HashSet<(string, int)>();
        foreach (var before in VetoHistoryYears(scheme.Scheme, year, inputs.Years))
        {
            var (earlierId, wasStored, _) = Ensure(scheme, before, inputs, key, earlierStored);
            if (!wasStored && !earlierStored.Contains(earlierId)) earlierStored.Add(earlierId);
            foreach (var unit in RunStore.VetoedUnits(connection, earlierId)) history.Add((unit, before));
        }
        var result = AssessmentEngine.Run(scheme, inputs.WithVetoHistory(history), year);
        RunStore.Write(connection, runId, key.BatchIdsHash, key.ModelsHash, result);
        return (runId, false, result);
    }

    /// <summary>The years before Y with figures that a standard asks "was the unit vetoed?" of.</summary>
    private static int[] VetoHistoryYears(AssessmentScheme scheme, int year, IReadOnlyList<int> years) =>
        [.. scheme.Levels.SelectMany(l => l.Standards).SelectMany(s => s.NoVetoInYears)
            .Where(y => y < year && years.Contains(y)).Distinct().Order()];

    /// <summary>The knowledge date and batch versions of the last build; refuses a run the build cannot give.</summary>
    private BuildInputs ReadBuild(DateOnly? asKnownAt)
    {
        if (!RunTables.Exists(connection, "indicator_values") || !RunTables.Exists(connection, "build_context"))
            throw new AssessmentInputsException("the warehouse has no indicators yet: run 'cfp build' first");
        DateOnly? k;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "select as_known_at from build_context";
            var value = command.ExecuteScalar();
            k = value is null or DBNull ? null : value is DateOnly d ? d : DateOnly.FromDateTime(Convert.ToDateTime(value, CultureInfo.InvariantCulture));
        }
        if (asKnownAt != k)
            throw new AssessmentInputsException(
                $"the warehouse was built {Describe(k)}, not {Describe(asKnownAt)}; 'cfp assess' builds nothing itself: "
                + $"run 'cfp build{(asKnownAt is { } a ? $" --as-known-at {a:yyyy-MM-dd}" : "")}' first, then assess again"
                + (k is { } built ? $" (or assess the build's figures with --as-known-at {built:yyyy-MM-dd})" : ""));
        var batches = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "select cast(scope as varchar), as_of, version_ord from stg_known_versions order by 1, 2, 3";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                batches.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)}/{reader.GetFieldValue<DateOnly>(1):yyyy-MM-dd}/{reader.GetInt64(2)}"));
        }
        return new BuildInputs(k, batches, ModelsHash());
    }

    /// <summary>The SQL of the models the last build ran (build_log_models); "" for a warehouse without a build log.</summary>
    private string ModelsHash()
    {
        if (!RunTables.Exists(connection, "build_log_models")) return "";
        using var command = connection.CreateCommand();
        command.CommandText = "select model || ':' || sql_hash from build_log_models where build_id = (select max(build_id) from build_log)";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(0));
        return RunIdentity.ModelsHash(lines);
    }

    private static string Describe(DateOnly? k) => k is { } d ? $"as known at {d:yyyy-MM-dd}" : "with everything loaded";
}
