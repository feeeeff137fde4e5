using System.Globalization;

namespace CommunityFp.Exports.Tests;

public sealed class CsvExportTests : IDisposable
{
    private readonly TestWarehouse _warehouse = new();

    [Fact]
    public async Task Numbers_and_dates_are_written_the_same_under_any_culture()
    {
        _warehouse.Execute("create table t (d date, x decimal(9, 2), y double); insert into t values (date '2008-02-29', -1234.50, 0.125)");
        var definition = new Catalog.ExportDefinition
        {
            Name = "t", Description = "t", Sql = "select d, x, y from t",
            Columns = [new("d", "a date"), new("x", "a decimal"), new("y", "a double")],
        };
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var path = _warehouse.PathOf("t.csv");
            await new Exporter(_warehouse.Connection).ExportFileAsync(definition, ExportFormat.Csv, path);
            Assert.Equal("d,x,y\n2008-02-29,-1234.50,0.125\n", await File.ReadAllTextAsync(path));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    public void Dispose() => _warehouse.Dispose();
}
