using DuckDB.NET.Data;

namespace CommunityFp.Etl;

/// <summary>Small helpers over a DuckDB connection.</summary>
internal static class Db
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("CFP_ETL_TRACE") == "1";

    public static int Exec(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var clock = Trace ? System.Diagnostics.Stopwatch.StartNew() : null;
        var n = cmd.ExecuteNonQuery();
        // SQL text only (no data): the statement's first words and its time.
        if (clock is not null) Console.Error.WriteLine($"TRACE {clock.Elapsed.TotalMilliseconds,8:F0} ms  {sql.Trim().Replace('\n', ' ')[..Math.Min(90, sql.Trim().Length)]}");
        return n;
    }

    public static int Exec(DuckDBConnection c, string sql, params object?[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args) cmd.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
        return cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// <c>insert into {target} select …</c> for a SELECT that reads <paramref name="target"/> itself: the rows are
    /// gathered into a temp table first. DuckDB 1.5 inserted some rows twice when an INSERT's own SELECT read its
    /// target within a transaction that had updated other tables (StandInTests.A_record_quarantined_once_has_one_stand_in).
    /// The SELECT's columns must come in the target's column order.
    /// </summary>
    public static void InsertSelfReading(DuckDBConnection c, string target, string select) => Exec(c, $"""
        create or replace temp table self_reading_rows as {select};
        insert into {target} select * from self_reading_rows;
        drop table self_reading_rows;
        """);

    public static T? Scalar<T>(DuckDBConnection c, string sql, params object?[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args) cmd.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
        var v = cmd.ExecuteScalar();
        if (v is null or DBNull) return default;
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(v, type, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<object?[]> Rows(DuckDBConnection c, string sql, params object?[] args)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args) cmd.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
