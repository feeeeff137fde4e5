using System.Globalization;
using CommunityFp.Etl;
using CommunityFp.Generator;
using DuckDB.NET.Data;

namespace CommunityFp.Bench;

/// <summary>
/// One month's batches loaded into a warehouse that already holds the previous month, against the floor: DuckDB's
/// plain <c>CREATE TABLE … AS SELECT * FROM read_csv(…)</c> of the same files into a fresh database. Measured twice
/// in the same run: reading every record (the loader's whole path, <c>ReuseUnchangedRecords = false</c>) and reusing
/// the records written exactly as in the previous month (a new loader, as a monthly <c>cfp load</c>: the snapshots
/// come from the warehouse). Both warehouses must end with the same history (checked).
/// </summary>
public static class MonthlyLoadBenchmark
{
    /// <param name="batchRoot">Existing batches to read (never written); null = generate two months into the work folder.</param>
    /// <param name="month">The month to load (YYYY-MM), the previous month being loaded first; default the scale's last.</param>
    public static string Run(string scale, string work, string? batchRoot = null, string? month = null)
    {
        if (Directory.Exists(work)) Directory.Delete(work, true);
        Directory.CreateDirectory(work);
        var to = month is null
            ? scale == "tiny" ? new YearMonth(2008, 1) : new YearMonth(2010, 12)
            : new YearMonth(int.Parse(month[..4], CultureInfo.InvariantCulture), int.Parse(month[5..7], CultureInfo.InvariantCulture));
        var from = to.Month == 1 ? new YearMonth(to.Year - 1, 12) : new YearMonth(to.Year, to.Month - 1);
        var batches = batchRoot ?? Path.Combine(work, "batches");
        if (batchRoot is null)
            RegisterGenerator.Generate(new GeneratorOptions(Enum.Parse<GeneratorScale>(scale, ignoreCase: true), batches, From: from, To: to, Defects: DefectLevel.None));
        var previous = Folders(batches, from);
        var current = Folders(batches, to);

        var wholeDb = Path.Combine(work, "whole.duckdb");
        using (var loader = WarehouseLoader.Open(wholeDb)) { loader.ReuseUnchangedRecords = false; loader.Load(previous); }
        var whole = Measurement.Of("cfp load, every record read (before: ReuseUnchangedRecords = false)", () =>
        {
            using var loader = WarehouseLoader.Open(wholeDb);
            loader.ReuseUnchangedRecords = false;
            loader.Load(current);
        });

        // As a monthly `cfp load` in a new process: the previous month's snapshots come from the warehouse.
        var reuseDb = Path.Combine(work, "reuse.duckdb");
        long reused = 0, read = 0;
        using (var loader = WarehouseLoader.Open(reuseDb)) loader.Load(previous);
        var reuse = Measurement.Of("cfp load, unchanged records reused (after: new loader, snapshots read from the warehouse)", () =>
        {
            using var loader = WarehouseLoader.Open(reuseDb);
            var summary = loader.Load(current);
            reused = summary.Batches.Sum(b => b.Files.Sum(f => f.RowsReused));
            read = summary.Batches.Sum(b => b.RowsRead);
        });
        var same = SameHistory(wholeDb, reuseDb);

        var floor = Measurement.Of("floor: CREATE TABLE AS SELECT * FROM read_csv", () => Floor(current, Path.Combine(work, "floor.duckdb")));
        Directory.Delete(work, true);
        return $"""
            | step | wall | CPU | peak memory |
            |---|---|---|---|
            {whole.WithCpu()}
            {reuse.WithCpu()}
            {floor.WithCpu()}

            {current.Count} batches of {to}, {read:N0} records ({reused:N0} reused = {100.0 * reused / Math.Max(1, read):0.0}%);
            ratio to the floor: every record read {whole.Elapsed / floor.Elapsed:0.00}, reuse {reuse.Elapsed / floor.Elapsed:0.00}; reuse / every record read = {reuse.Elapsed / whole.Elapsed:0.00} (CPU {reuse.Cpu / whole.Cpu:0.00});
            history, quarantine and warnings of the two warehouses equal: {same}
            """;
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
            // The path is a parameter. A file whose sniffed types do not fit every row (a defect the loader
            // quarantines) fails the plain read: it is read again keeping the bad lines aside (store_rejects).
            try { CreateFrom(c, $"t{i}", "read_csv(?)", file); }
            catch (DuckDBException) { CreateFrom(c, $"t{i}", "read_csv(?, store_rejects = true)", file); }
            i++;
        }
    }

    private static void CreateFrom(DuckDBConnection c, string table, string source, string file)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"create or replace table {table} as select * from {source}";
        cmd.Parameters.Add(new DuckDBParameter(file));
        cmd.ExecuteNonQuery();
    }

    /// <summary>True when both warehouses hold the same history, stand-ins, quarantine and warnings (an order-free digest).</summary>
    public static bool SameHistory(string a, string b) => HistoryDigest.Of(a) == HistoryDigest.Of(b);
}
