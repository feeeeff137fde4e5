using System.Diagnostics;
using CommunityFp.Etl;
using CommunityFp.Generator;
using DuckDB.NET.Data;

namespace CommunityFp.Bench;

/// <summary>
/// One month's batches loaded into a warehouse that already holds the previous month, against the floor: DuckDB's
/// plain <c>CREATE TABLE … AS SELECT * FROM read_csv(…)</c> of the same files into a fresh database.
/// </summary>
public static class MonthlyLoadBenchmark
{
    public static string Run(string scale, string work)
    {
        if (Directory.Exists(work)) Directory.Delete(work, true);
        var (from, to) = scale == "tiny" ? (new YearMonth(2007, 12), new YearMonth(2008, 1)) : (new YearMonth(2010, 11), new YearMonth(2010, 12));
        var batches = Path.Combine(work, "batches");
        RegisterGenerator.Generate(new GeneratorOptions(Enum.Parse<GeneratorScale>(scale, ignoreCase: true), batches, From: from, To: to, Defects: DefectLevel.None));
        var previous = Folders(batches, from);
        var current = Folders(batches, to);

        var db = Path.Combine(work, "warehouse.duckdb");
        using (var loader = WarehouseLoader.Open(db)) loader.Load(previous);
        var load = Measurement.Of("cfp load (one month, previous month loaded)", () =>
        {
            using var loader = WarehouseLoader.Open(db);
            loader.Load(current);
        });
        var floor = Measurement.Of("floor: CREATE TABLE AS SELECT * FROM read_csv", () => Floor(current, Path.Combine(work, "floor.duckdb")));
        var rows = current.Sum(f => Directory.EnumerateFiles(f, "*.csv").Sum(CountLines));
        Directory.Delete(work, true);
        return $"| step | time | peak memory |\n|---|---|---|\n{load}\n{floor}\n\n{current.Count} batches, {rows:N0} rows; ratio load / floor = {load.Elapsed / floor.Elapsed:0.00}";
    }

    private static List<string> Folders(string root, YearMonth month) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(d).StartsWith($"{month.Year:D4}-{month.Month:D2}-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    private static void Floor(IEnumerable<string> folders, string dbPath)
    {
        using var c = new DuckDBConnection($"DataSource={dbPath}");
        c.Open();
        var i = 0;
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.csv")).Order(StringComparer.Ordinal))
        {
            using var cmd = c.CreateCommand();
            // The path is the benchmark's own temp file; read_csv takes it as a parameter.
            cmd.CommandText = $"create table t{i++} as select * from read_csv(?)";
            cmd.Parameters.Add(new DuckDBParameter(file));
            cmd.ExecuteNonQuery();
        }
    }

    private static long CountLines(string file) => File.ReadLines(file).LongCount() - 1;
}
