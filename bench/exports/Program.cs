using System.Diagnostics;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using CommunityFp.Exports;
using CommunityFp.Exports.Catalog;
using DuckDB.NET.Data;

// exports-bench ROWS            runs every scenario below, each in a child process, and prints a markdown table
// exports-bench ROWS SCENARIO   one scenario: setup | arrow | arrow-stream | parquet | csv | arrow-from-reader
// The table is an indicator_values-shaped mart (codes, period, counts, a decimal rate) in a file database.
var rows = args.Length > 0 ? long.Parse(args[0]) : 2_000_000;
var folder = Environment.GetEnvironmentVariable("CFP_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "cfp-exports-bench");
var database = Path.Combine(folder, $"mart-{rows}.duckdb");

var phases = args.Length == 2 && args[1] == "phases";
if (args.Length < 2 || phases)
{
    Directory.CreateDirectory(folder);
    Child("setup");
    var timings = new Dictionary<string, List<double>>();
    Console.WriteLine($"| scenario ({rows:N0} rows) | seconds | process CPU seconds | peak working set MB | file MB |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
    foreach (var scenario in phases ? new[] { "duckdb-arrow-raw-write", "arrow-chunks", "arrow", "duckdb-arrow-raw-write", "arrow-chunks", "arrow", "duckdb-arrow-raw-write", "arrow-chunks", "arrow" } : [.. Enumerable.Repeat(new[] { "parquet", "arrow" }, 5).SelectMany(p => p), "arrow-stream", "csv", "arrow-from-reader"])
    {
        var line = Child(scenario);
        Console.WriteLine(line);
        var cells = line.Split('|', StringSplitOptions.TrimEntries);
        if (cells.Length > 2 && double.TryParse(cells[2], System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            (timings.TryGetValue(scenario, out var list) ? list : timings[scenario] = []).Add(seconds);
    }
    if (timings.ContainsKey("parquet") && timings.ContainsKey("arrow"))
        Console.WriteLine($"\nmedian arrow {Median(timings["arrow"]):F2} s / median parquet {Median(timings["parquet"]):F2} s = {Median(timings["arrow"]) / Median(timings["parquet"]):F2}x");
    return 0;
}

var scenarioName = args[1];
if (scenarioName == "suppression")
{
    // rows ≈ 485 units × 40 indicators × periods; counts with many small ones; org margin over 4 levels
    var periods = Math.Max(1, (int)(rows / (485 * 40)));
    using var memory = new DuckDBConnection("DataSource=:memory:");
    memory.Open();
    Execute(memory, $$"""
        create table org as
        select 'C' || d || s || lpad(c::varchar, 2, '0') as code, 'C' || d || s as parent from range(4) a(d), range(10) b(s), range(11) e(c)
        union all select 'C' || d || s, 'C' || d from range(4) a(d), range(10) b(s)
        union all select 'C' || d, 'C' from range(4) a(d);
        create table leaf as
        select o.code as org_code, 'ind' || i as indicator, p as period,
               (hash(o.code, i, p) % 40)::bigint as numerator, (hash(o.code, i, p) % 40 + hash(p, i, o.code) % 30)::bigint as denominator
        from org o, range(40) x(i), range({{periods}}) y(p) where length(o.code) = 5;
        create table cells as
        select * from leaf
        union all select o.parent, indicator, period, sum(numerator), sum(denominator) from leaf join org o on o.code = leaf.org_code group by all
        union all select left(o.parent, 2), indicator, period, sum(numerator), sum(denominator) from leaf join org o on o.code = leaf.org_code group by all
        union all select 'C', indicator, period, sum(numerator), sum(denominator) from leaf group by all;
        """);
    var spec = new CommunityFp.Exports.Suppression.SuppressionSpec
    {
        KeyColumns = ["org_code", "indicator", "period"], CountColumns = ["numerator", "denominator"],
        RatePairs = [new("numerator", "denominator")], Margins = [new("org_code", "select code, parent from org")],
    };
    var count = Convert.ToInt64(new DuckDBCommand("select count(*) from cells", memory).ExecuteScalar());
    var timer = Stopwatch.StartNew();
    using var stage = CommunityFp.Exports.Suppression.SuppressionStage.Create(memory, new ExportQuery("select * from cells"), spec, 5);
    timer.Stop();
    using var me = Process.GetCurrentProcess();
    var summary = stage.Outcome.Summary;
    Console.WriteLine($"| suppression, {count:N0} rows | {timer.Elapsed.TotalSeconds:F2} | {me.TotalProcessorTime.TotalSeconds:F2} | {me.PeakWorkingSet64 / 1e6:F0} | primary {summary.PrimaryCells:N0}, secondary {summary.SecondaryCells:N0}, audit rounds {summary.AuditRounds} |");
    return 0;
}
if (scenarioName == "setup")
{
    if (File.Exists(database)) return 0;
    using var setup = Open();
    Execute(setup, $"""
        create table indicator_values as
        select 'C' || lpad((i % 450)::varchar, 9, '0') as org_code,
               'indicator_' || ((i // 450) % 40)::varchar as indicator,
               ['month', 'quarter', 'year'][1 + ((i // 18000) % 3)::int] as period_type,
               date '2005-01-01' + ((i // 54000) % 2190)::int as period_start,
               (i % 97)::bigint as numerator,
               (i % 97 + i % 13)::bigint as denominator,
               case when i % 97 + i % 13 = 0 then null else ((i % 97) / (i % 97 + i % 13))::decimal(9, 4) end as value
        from range({rows}) as t(i)
        """);
    return 0;
}

using var connection = Open();
var definition = new ExportDefinition
{
    Name = "indicator_values",
    Description = "benchmark mart",
    Sql = "select * from indicator_values",
    SourceTable = "indicator_values",
    Columns = new[] { "org_code", "indicator", "period_type", "period_start", "numerator", "denominator", "value" }.Select(c => new ColumnDoc(c, c)).ToList(),
    CodeColumns = ["org_code", "indicator", "period_type"],
};
var output = Path.Combine(folder, $"out-{scenarioName}");
var watch = Stopwatch.StartNew();
switch (scenarioName)
{
    case "arrow-nocodes": await new Exporter(connection).ExportFileAsync(definition with { CodeColumns = [] }, ExportFormat.Arrow, output); break;
    case "arrow-chunks": await new Exporter(connection).ExportFileAsync(definition, ExportFormat.Arrow, output, options: new ExportOptions { BatchRows = 1 }); break;
    case "arrow": await new Exporter(connection).ExportFileAsync(definition, ExportFormat.Arrow, output); break;
    case "arrow-stream": await new Exporter(connection).ExportFileAsync(definition, ExportFormat.ArrowStream, output); break;
    case "parquet": await new Exporter(connection).ExportFileAsync(definition, ExportFormat.Parquet, output); break;
    case "csv": await new Exporter(connection).ExportFileAsync(definition, ExportFormat.Csv, output); break;
    case "arrow-from-reader": await ReaderBuilt(connection, output); break;
    case "duckdb-arrow-only":
    {
        using var c = connection.CreateCommand();
        c.CommandText = "select * from indicator_values";
        c.UseStreamingMode = true;
        using var s = c.ExecuteArrowStream();
        File.WriteAllBytes(output, []);
        while (await s.ReadNextRecordBatchAsync() is { } b) b.Dispose();
        break;
    }
    case "duckdb-arrow-raw-write":
    {
        using var c = connection.CreateCommand();
        c.CommandText = "select * from indicator_values";
        c.UseStreamingMode = true;
        using var s = c.ExecuteArrowStream();
        await using var f = File.Create(output);
        using var w = new ArrowFileWriter(f, s.Schema);
        while (await s.ReadNextRecordBatchAsync() is { } b) { await w.WriteRecordBatchAsync(b); b.Dispose(); }
        await w.WriteEndAsync();
        break;
    }
    default: throw new ArgumentException(scenarioName);
}
watch.Stop();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine($"| {scenarioName} | {watch.Elapsed.TotalSeconds:F2} | {self.TotalProcessorTime.TotalSeconds:F2} | {self.PeakWorkingSet64 / 1e6:F0} | {new FileInfo(output).Length / 1e6:F0} |");
File.Delete(output);
return 0;

DuckDBConnection Open()
{
    var c = new DuckDBConnection($"DataSource={database}");
    c.Open();
    return c;
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static void Execute(DuckDBConnection c, string sql)
{
    using var command = c.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

string Child(string scenario)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!, $"{Path.ChangeExtension(typeof(Program).Assembly.Location, ".dll")} {rows} {scenario}")
    { RedirectStandardOutput = true, UseShellExecute = false };
    if (Environment.ProcessPath!.EndsWith("exports-bench")) start.Arguments = $"{rows} {scenario}";
    using var process = Process.Start(start)!;
    var text = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return text;
}

// The alternative that was measured and not taken: read rows through the ADO.NET reader and build the batches here.
static async Task ReaderBuilt(DuckDBConnection connection, string path)
{
    var dictionaryType = new Apache.Arrow.Types.DictionaryType(Apache.Arrow.Types.Int32Type.Default, Apache.Arrow.Types.StringType.Default, false);
    var decimalType = new Apache.Arrow.Types.Decimal128Type(9, 4);
    var schema = new Schema.Builder()
        .Field(new Field("org_code", dictionaryType, false)).Field(new Field("indicator", dictionaryType, false))
        .Field(new Field("period_type", dictionaryType, false)).Field(new Field("period_start", Apache.Arrow.Types.Date32Type.Default, false))
        .Field(new Field("numerator", Apache.Arrow.Types.Int64Type.Default, false)).Field(new Field("denominator", Apache.Arrow.Types.Int64Type.Default, false))
        .Field(new Field("value", decimalType, true)).Build();
    var dictionaries = new Dictionary<string, int>[3];
    var values = new List<string>[3];
    for (var d = 0; d < 3; d++)
    {
        using var c = connection.CreateCommand();
        c.CommandText = $"select distinct {schema.FieldsList[d].Name} from indicator_values order by 1";
        using var r = c.ExecuteReader();
        values[d] = [];
        while (r.Read()) values[d].Add(r.GetString(0));
        dictionaries[d] = values[d].Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
    }
    var dictionaryArrays = values.Select(v => new StringArray.Builder().AppendRange(v).Build()).ToArray();
    await using var file = File.Create(path);
    using var writer = new ArrowFileWriter(file, schema);
    using var command = connection.CreateCommand();
    command.UseStreamingMode = true;
    command.CommandText = "select * from indicator_values";
    using var reader = command.ExecuteReader();
    var more = true;
    while (more)
    {
        var codes = Enumerable.Range(0, 3).Select(_ => new Int32Array.Builder()).ToArray();
        var dates = new Date32Array.Builder();
        var numerators = new Int64Array.Builder();
        var denominators = new Int64Array.Builder();
        var rates = new Decimal128Array.Builder(decimalType);
        var n = 0;
        while (n < 65_536 && (more = reader.Read()))
        {
            for (var d = 0; d < 3; d++) codes[d].Append(dictionaries[d][reader.GetString(d)]);
            dates.Append(reader.GetFieldValue<DateOnly>(3));
            numerators.Append(reader.GetInt64(4));
            denominators.Append(reader.GetInt64(5));
            if (reader.IsDBNull(6)) rates.AppendNull(); else rates.Append(reader.GetDecimal(6));
            n++;
        }
        if (n == 0) break;
        IArrowArray[] columns =
        [
            .. codes.Select((b, d) => new DictionaryArray(dictionaryType, b.Build(), dictionaryArrays[d])),
            dates.Build(), numerators.Build(), denominators.Build(), rates.Build(),
        ];
        await writer.WriteRecordBatchAsync(new RecordBatch(schema, columns, n));
    }
    await writer.WriteEndAsync();
}
