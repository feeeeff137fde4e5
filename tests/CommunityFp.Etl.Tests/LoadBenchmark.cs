using System.Diagnostics;
using System.Globalization;
using CommunityFp.Etl.Tests.Support;
using Xunit.Abstractions;

namespace CommunityFp.Etl.Tests;

/// <summary>
/// Speed check (runs only with CFP_ETL_BENCH_ROWS=n): a month's batch of n residents loaded into a warehouse that
/// holds the previous month, against DuckDB's plain CREATE TABLE AS SELECT * FROM read_csv of the same files.
/// </summary>
public sealed class LoadBenchmark(TempRoot root, ITestOutputHelper output) : IClassFixture<TempRoot>
{
    [Fact]
    public void A_monthly_batch_loads_within_twice_a_plain_read_csv()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("CFP_ETL_BENCH_ROWS"), out var n)) return;
        var march = Month(n, "2007-03-31", "2007-04-03T09:00:00+08:00", 0);
        var april = Month(n, "2007-04-30", "2007-05-03T09:00:00+08:00", 1);
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var clock = Stopwatch.StartNew();
        Loads.LoadOne(loader, march);
        output.WriteLine($"first month: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var b = Loads.LoadOne(loader, april);
        var etl = clock.Elapsed.TotalSeconds;
        Assert.Equal(BatchResult.Loaded, b.Result);

        clock.Restart();
        foreach (var f in Directory.GetFiles(april, "*.csv"))
            Db.Exec(loader.Connection, $"create or replace table plain_{Path.GetFileNameWithoutExtension(f)} as select * from read_csv('{f}')");
        var plain = clock.Elapsed.TotalSeconds;
        output.WriteLine($"second month ({b.RowsRead} rows): ETL {etl:F2} s, plain read_csv {plain:F2} s, ratio {etl / plain:F2}");
    }

    // n residents; 2 % change each month, 0.5 % leave, 0.5 % arrive; events ~ n/10.
    private string Month(int n, string asOf, string exported, int month)
    {
        var b = new BatchBuilder { AsOf = asOf, ExportedAt = exported };
        var residents = new List<string>(n);
        var start = month * n / 200;
        for (var i = start; i < start + n; i++)
        {
            var changed = month > 0 && i % 50 == 0;
            residents.Add(BatchBuilder.Resident("R" + i.ToString(CultureInfo.InvariantCulture), "居民" + (i % 1000),
                1 + i % 2, $"19{50 + i % 50}-0{1 + i % 9}-1{i % 10}", marital: changed ? 20 : 10,
                community: i % 2 == 0 ? "220202001001" : "220202001002"));
        }
        b.Set("residents", [.. residents]);
        var events = Enumerable.Range(0, n / 10).Select(i => $"M{i},R{start + i},{1 + i % 7},2006-0{1 + i % 9}-01,,").ToArray();
        b.Set("contraception", events);
        b.Set("followups", Enumerable.Range(0, n / 10).Select(i => $"V{i},R{start + i},2007-01-0{1 + i % 9},1,M{i},,1,S1").ToArray());
        return b.Write(root.NewFolder());
    }
}
