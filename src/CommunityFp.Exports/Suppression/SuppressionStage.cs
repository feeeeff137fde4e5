using DuckDB.NET.Data;

namespace CommunityFp.Exports.Suppression;

/// <summary>
/// Runs suppression inside DuckDB for one export: the query's rows are materialised once in a temporary table
/// (aggregate exports are small), their keys and counts read, the decision written back as a temporary flags table,
/// and <see cref="Query"/> returns the same columns with withheld cells null and the status column added. Every
/// format then writes that query, so all formats hold the same cells. Dispose drops the temporary tables.
/// </summary>
public sealed class SuppressionStage : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _rows;
    private readonly string _flags;

    private SuppressionStage(DuckDBConnection connection, string rows, string flags, ExportQuery query, SuppressionOutcome outcome)
    {
        _connection = connection;
        _rows = rows;
        _flags = flags;
        Query = query;
        Outcome = outcome;
    }

    public ExportQuery Query { get; }
    public SuppressionOutcome Outcome { get; }

    public static SuppressionStage Create(DuckDBConnection connection, ExportQuery source, SuppressionSpec spec, int k)
    {
        var suffix = Guid.NewGuid().ToString("N");
        var rows = $"export_rows_{suffix}";
        var flags = $"export_flags_{suffix}";
        var columns = source.DescribeColumns(connection).Select(c => c.Name).ToArray();
        var order = string.Join(", ", spec.KeyColumns.Select(Sql.Identifier));
        Execute(connection, source, $"create temp table {rows} as select row_number() over (order by {order}) - 1 as export_row, * from ({source.Sql}) as q");

        var table = ReadCells(connection, rows, spec);
        var parents = spec.Margins.ToDictionary(m => m, m => ReadParents(connection, m, source.Parameters));
        var outcome = SmallCellSuppressor.Run(table, spec, k, parents);
        WriteFlags(connection, flags, outcome);

        var select = columns.Select(name =>
        {
            var index = IndexOf(outcome.SuppressibleColumns, name);
            var column = Sql.Identifier(name);
            return index < 0 ? $"r.{column}" : $"case when f.withheld_{index} then null else r.{column} end as {column}";
        }).Append($"f.status as {Sql.Identifier(spec.StatusColumn)}");
        var query = new ExportQuery(
            $"select {string.Join(", ", select)} from {rows} as r join {flags} as f using (export_row) order by export_row");
        return new SuppressionStage(connection, rows, flags, query, outcome);
    }

    private static CellTable ReadCells(DuckDBConnection connection, string rows, SuppressionSpec spec)
    {
        var table = new CellTable(spec.KeyColumns, spec.CountColumns);
        var keys = spec.KeyColumns.Select(k => Sql.Identifier(k) + "::varchar");
        var counts = spec.CountColumns.Select(c => Sql.Identifier(c) + "::bigint");
        using var command = connection.CreateCommand();
        command.CommandText = $"select {string.Join(", ", keys.Concat(counts))} from {rows} order by export_row";
        using var reader = command.ExecuteReader();
        var nk = spec.KeyColumns.Count;
        // key values repeat across rows (units, indicators, periods): one string each
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var k = new string?[nk];
            for (var i = 0; i < nk; i++)
            {
                if (reader.IsDBNull(i)) continue;
                var value = reader.GetString(i);
                k[i] = pool.TryGetValue(value, out var pooled) ? pooled : pool[value] = value;
            }
            var c = new long?[spec.CountColumns.Count];
            for (var i = 0; i < c.Length; i++) c[i] = reader.IsDBNull(nk + i) ? null : reader.GetInt64(nk + i);
            table.Add(k, c);
        }
        return table;
    }

    private static IReadOnlyDictionary<string, string> ReadParents(DuckDBConnection connection, Margin margin,
        IReadOnlyDictionary<string, object?> parameters)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = new ExportQuery(margin.ParentsSql, parameters).CreateCommand(connection,
            $"select child::varchar, parent::varchar from ({margin.ParentsSql}) as h(child, parent) where child is not null and parent is not null");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (!parents.TryAdd(reader.GetString(0), reader.GetString(1)) && parents[reader.GetString(0)] != reader.GetString(1))
                throw new InvalidOperationException($"margin {margin.Column}: {reader.GetString(0)} has two parents");
        return parents;
    }

    private static void WriteFlags(DuckDBConnection connection, string flags, SuppressionOutcome outcome)
    {
        var columns = Enumerable.Range(0, outcome.SuppressibleColumns.Count).Select(i => $", withheld_{i} boolean not null");
        Execute(connection, null, $"create temp table {flags} (export_row bigint not null, status varchar not null{string.Concat(columns)})");
        using var appender = connection.CreateAppender(flags);
        for (var row = 0; row < outcome.Status.Length; row++)
        {
            var appended = appender.CreateRow().AppendValue((long)row).AppendValue(outcome.Status[row]);
            foreach (var withheld in outcome.Withheld[row]) appended = appended.AppendValue(withheld);
            appended.EndRow();
        }
    }

    private static void Execute(DuckDBConnection connection, ExportQuery? parameters, string sql)
    {
        using var command = parameters is null ? connection.CreateCommand() : parameters.CreateCommand(connection, sql);
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }

    public void Dispose()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"drop table if exists {_flags}; drop table if exists {_rows};";
        command.ExecuteNonQuery();
    }
}
