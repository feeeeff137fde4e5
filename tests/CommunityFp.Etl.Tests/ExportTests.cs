using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>load_audit, quarantine and row_warnings export as CSV; nothing else does.</summary>
public sealed class ExportTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Theory]
    [InlineData("load_audit", 12)]
    [InlineData("quarantine", 1)]
    [InlineData("row_warnings", 1)]
    public void Inspection_tables_export_as_utf8_csv_with_a_header(string table, long rows)
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Loads.LoadOne(loader, new BatchBuilder()
            .Add("residents", BatchBuilder.Resident("R9", "刘洋", 2, "1985-01-01", marital: 20, spouse: "R404"), "R10,bad").Write(root.NewFolder()));
        var file = Path.Combine(root.NewFolder(), table + ".csv");
        Assert.Equal(rows, WarehouseExporter.ExportCsv(loader.Connection, table, file));
        var lines = File.ReadAllLines(file, System.Text.Encoding.UTF8);
        Assert.True(lines.Length >= rows + 1);
        Assert.DoesNotContain("select", lines[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Only_whitelisted_tables_can_be_exported()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Assert.Throws<ArgumentException>(() => WarehouseExporter.ExportCsv(loader.Connection, "hist_residents", Path.Combine(root.NewFolder(), "x.csv")));
    }
}
