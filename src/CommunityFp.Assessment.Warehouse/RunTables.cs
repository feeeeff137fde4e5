using DuckDB.NET.Data;

namespace CommunityFp.Assessment.Warehouse;

/// <summary>
/// The stored-run tables (docs/assessment.md "result lists"). One run's rows are written in one transaction; every
/// table carries <c>run_id</c>, so a run is read, exported or compared by its id.
/// </summary>
internal static class RunTables
{
    /// <summary>The tables holding one row set per run, as <c>cfp export</c> offers them.</summary>
    public static readonly string[] PerRun = ["assessment_units", "assessment_criteria", "assessment_vetoes", "assessment_veto_evidence", "target_progress"];

    public static void Ensure(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            create table if not exists assessment_runs (
                run_id varchar primary key, scheme varchar, scheme_version integer, scheme_hash varchar, year integer,
                knowledge_date date, batch_ids_hash varchar, batch_count integer, models_hash varchar, created_seq bigint);
            -- added after the first stored runs: a warehouse from then gains the column (its old runs keep null)
            alter table assessment_runs add column if not exists models_hash varchar;
            create table if not exists assessment_run_results (run_id varchar primary key, result_json varchar);
            create table if not exists assessment_units (
                run_id varchar, unit_code varchar, level varchar, parent_code varchar, name varchar,
                score decimal(18, 6), score_exact varchar, points_counted decimal(18, 6), vetoed boolean,
                standards_attained varchar, highest_standard varchar);
            create table if not exists assessment_criteria (
                run_id varchar, unit_code varchar, criterion_order integer, indicator varchar, rule varchar,
                direction varchar, weight decimal(18, 6), target decimal(18, 6), per_point decimal(18, 6),
                floor decimal(18, 6), numerator bigint, denominator bigint, value decimal(18, 6), value_exact varchar,
                ci_low double, ci_high double, when_no_data varchar, meets_target boolean, points decimal(18, 6),
                points_exact varchar, points_lost decimal(18, 6), fairness varchar);
            create table if not exists assessment_vetoes (
                run_id varchar, unit_code varchar, rule_id varchar, rule_level varchar, origin_unit_code varchar,
                propagation_path varchar, indicator varchar, condition varchar, numerator bigint, denominator bigint,
                value decimal(18, 6), value_exact varchar, ci_low double, ci_high double, fairness varchar,
                evidence_count integer, evidence_keys varchar);
            create table if not exists assessment_veto_evidence (
                run_id varchar, unit_code varchar, rule_id varchar, origin_unit_code varchar, register varchar,
                record_id varchar, record_date date, community_code varchar);
            create table if not exists target_progress (
                run_id varchar, target_order integer, scope varchar, level varchar, standard varchar,
                share_target varchar, by_date date, shares_by_year varchar, actual_share decimal(18, 6),
                gap decimal(18, 6), forecast_method varchar, forecast_share double, forecast_low double,
                forecast_high double, status varchar, note varchar);
            """;
        command.ExecuteNonQuery();
    }

    public static bool Exists(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from information_schema.tables where table_name = ?";
        command.Parameters.Add(new DuckDBParameter(table));
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    /// <summary>
    /// Inserts one row; <paramref name="table"/> is one of this class's constant names, values are parameters in the
    /// order of <paramref name="columns"/> (all the table's columns in their created order when null).
    /// </summary>
    public static void Insert(DuckDBConnection connection, string table, params object?[] values) => InsertInto(connection, table, null, values);

    public static void InsertInto(DuckDBConnection connection, string table, string? columns, params object?[] values)
    {
        using var command = connection.CreateCommand();
        var into = columns is null ? table : $"{table} ({columns})";
        command.CommandText = $"insert into {into} values ({string.Join(", ", values.Select(_ => "?"))})";
        foreach (var value in values) command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        command.ExecuteNonQuery();
    }
}
