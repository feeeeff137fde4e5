using System.Text;
using CommunityFp.Assessment.Results;
using DuckDB.NET.Data;

namespace CommunityFp.Assessment.Warehouse;

/// <summary>A stored run as <c>cfp assess --list</c> shows it.</summary>
public sealed record StoredRun(
    string RunId, string Scheme, int SchemeVersion, int Year, DateOnly? KnowledgeDate, int BatchCount, long CreatedSeq,
    int Units, int VetoedUnits);

/// <summary>Writes a run's result lists as tables (one transaction) and reads stored runs back.</summary>
public static class RunStore
{
    /// <summary>Whether the warehouse has a table or view of this name (a run table, or a built mart).</summary>
    public static bool TableExists(DuckDBConnection connection, string table) => RunTables.Exists(connection, table);

    public static bool IsStored(DuckDBConnection connection, string runId)
    {
        if (!RunTables.Exists(connection, "assessment_runs")) return false;
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from assessment_runs where run_id = ?";
        command.Parameters.Add(new DuckDBParameter(runId));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    public static void Write(DuckDBConnection connection, string runId, string batchIdsHash, string modelsHash, AssessmentResult result)
    {
        RunTables.Ensure(connection);
        using var transaction = connection.BeginTransaction();
        var run = result.Run;
        using (var seq = connection.CreateCommand())
        {
            seq.CommandText = "select coalesce(max(created_seq), 0) + 1 from assessment_runs";
            var next = Convert.ToInt64(seq.ExecuteScalar());
            RunTables.InsertInto(connection, "assessment_runs",
                "run_id, scheme, scheme_version, scheme_hash, year, knowledge_date, batch_ids_hash, batch_count, models_hash, created_seq", runId, run.SchemeId, run.SchemeVersion, run.SchemeHash, run.Year,
                run.KnowledgeDate, batchIdsHash, run.BatchIds.Count, modelsHash, next);
        }
        RunTables.Insert(connection, "assessment_run_results", runId, Encoding.UTF8.GetString(ResultSerializer.Serialize(result)));
        foreach (var u in result.Units)
            RunTables.Insert(connection, "assessment_units", runId, u.UnitCode, u.Level, u.ParentCode, u.Name, u.Score, u.ScoreExact,
                u.PointsCounted, u.Vetoed, string.Join(" ", u.StandardsAttained), u.HighestStandard);
        foreach (var c in result.Criteria)
            RunTables.Insert(connection, "assessment_criteria", runId, c.UnitCode, c.CriterionOrder, c.Indicator, c.Rule, c.Direction,
                c.Weight, c.Target, c.PerPoint, c.Floor, c.Numerator, c.Denominator, c.Value, c.ValueExact, c.IntervalLower,
                c.IntervalUpper, Snake(c.WhenNoData), c.MeetsTarget, c.Points, c.PointsExact, c.PointsLost, Snake(c.Fairness));
        foreach (var v in result.Vetoes) WriteVeto(connection, runId, v);
        for (var i = 0; i < result.Targets.Count; i++) WriteTarget(connection, runId, i, result.Targets[i]);
        transaction.Commit();
    }

    private static void WriteVeto(DuckDBConnection connection, string runId, VetoResult v)
    {
        var keys = string.Join(" ", v.Evidence.Select(e => $"{e.Register}/{e.RecordId}"));
        RunTables.Insert(connection, "assessment_vetoes", runId, v.UnitCode, v.RuleId, v.RuleLevel, v.OriginUnitCode,
            string.Join(" > ", v.Path), v.Indicator, v.Condition, v.Numerator, v.Denominator, v.Value, v.ValueExact,
            v.IntervalLower, v.IntervalUpper, Snake(v.Fairness), v.Evidence.Count, keys);
        foreach (var e in v.Evidence)
            RunTables.Insert(connection, "assessment_veto_evidence", runId, v.UnitCode, v.RuleId, v.OriginUnitCode,
                e.Register, e.RecordId, e.Date, e.CommunityCode);
    }

    private static void WriteTarget(DuckDBConnection connection, string runId, int order, TargetProgress t)
    {
        var years = string.Join(" ", t.Years.Select(y => $"{y.Year}:{y.Attaining}/{y.Units}"));
        RunTables.Insert(connection, "target_progress", runId, order, t.Scope, t.Level, t.Standard, t.Share, t.By, years,
            t.ActualShare, t.Gap, t.Forecast?.Method, t.Forecast?.Point, t.Forecast?.Lower, t.Forecast?.Upper, Snake(t.Status), t.Note);
    }

    /// <summary>Enum names as the JSON results write them (on_track, could_be_noise, …).</summary>
    internal static string Snake<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static AssessmentResult? Read(DuckDBConnection connection, string runId)
    {
        if (!RunTables.Exists(connection, "assessment_run_results")) return null;
        using var command = connection.CreateCommand();
        command.CommandText = "select result_json from assessment_run_results where run_id = ?";
        command.Parameters.Add(new DuckDBParameter(runId));
        return command.ExecuteScalar() is string json ? ResultSerializer.Deserialize(Encoding.UTF8.GetBytes(json)) : null;
    }

    /// <summary>The units vetoed in a stored run (for <c>WasVetoed</c> of later years).</summary>
    public static IReadOnlyList<string> VetoedUnits(DuckDBConnection connection, string runId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select unit_code from assessment_units where run_id = ? and vetoed order by unit_code";
        command.Parameters.Add(new DuckDBParameter(runId));
        using var reader = command.ExecuteReader();
        var units = new List<string>();
        while (reader.Read()) units.Add(reader.GetString(0));
        return units;
    }

    public static IReadOnlyList<StoredRun> List(DuckDBConnection connection)
    {
        if (!RunTables.Exists(connection, "assessment_runs")) return [];
        using var command = connection.CreateCommand();
        command.CommandText = """
            select r.run_id, r.scheme, r.scheme_version, r.year, r.knowledge_date, r.batch_count, r.created_seq,
                   count(u.unit_code), count(u.unit_code) filter (where u.vetoed)
            from assessment_runs r left join assessment_units u using (run_id)
            group by all
            order by r.created_seq
            """;
        using var reader = command.ExecuteReader();
        var runs = new List<StoredRun>();
        while (reader.Read())
            runs.Add(new StoredRun(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), reader.GetInt32(5), reader.GetInt64(6),
                Convert.ToInt32(reader.GetValue(7)), Convert.ToInt32(reader.GetValue(8))));
        return runs;
    }

    /// <summary>The latest stored run (highest created_seq), or null.</summary>
    public static string? Latest(DuckDBConnection connection) => List(connection).LastOrDefault()?.RunId;
}
