using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>
/// Row numbers in a file large enough for DuckDB to read in parallel and spill its transaction-local table: a
/// rowid-based numbering put later rows on wrong lines (seen at city scale); lines must stay the physical lines.
/// </summary>
public sealed class LargeFileLineTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void Row_errors_and_warnings_deep_in_a_large_file_get_their_physical_lines()
    {
        var b = new BatchBuilder();
        var rows = new List<string>();
        for (var i = 0; i < 300_000; i++) rows.Add(BatchBuilder.Resident($"X{i:D6}", "张三", 1, "1970-01-01"));
        rows[1_000] = rows[1_000].Replace("张三", "\"张\n三\"", StringComparison.Ordinal); // a record on two lines
        rows[250_000] = BatchBuilder.Resident("X250000", "张三", 9, "1970-01-01");          // sex 9: row error
        rows[280_000] = BatchBuilder.Resident("X280000", "张三", 1, "1970-01-01", marital: 20, spouse: "NOBODY"); // warning
        var fixtureRows = b.Records("residents").Count;
        b.Set("residents", [.. b.Records("residents"), .. rows]);
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Loads.LoadOne(loader, b.Write(root.NewFolder()));
        // header = line 1, the two-line record adds one line to every later record
        Assert.Equal([$"X250000|{fixtureRows + 250_000 + 3}"],
            Warehouse.Lines(loader.Connection, "select record_key, line from quarantine where file = 'residents.csv'"));
        Assert.Equal([$"X280000|{fixtureRows + 280_000 + 3}"],
            Warehouse.Lines(loader.Connection, "select record_key, line from row_warnings where file = 'residents.csv'"));
    }
}
