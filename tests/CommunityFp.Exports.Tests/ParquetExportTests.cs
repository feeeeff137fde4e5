using System.Globalization;
using System.Text.Json;
using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Tests;

/// <summary>Parquet files and the Hive-partitioned lake, read back by hyparquet (npm) and by DuckDB's reader.</summary>
[Collection(ReadersCollection.Name)]
public sealed class ParquetExportTests(IndependentReaders readers) : IDisposable
{
    private readonly TestWarehouse _warehouse = Create();

    private static TestWarehouse Create()
    {
        var warehouse = new TestWarehouse();
        SampleExport.Create(warehouse);
        return warehouse;
    }

    private async Task<CsvTable> Csv()
    {
        var path = _warehouse.PathOf("sample.csv");
        await new Exporter(_warehouse.Connection).ExportFileAsync(SampleExport.Definition, ExportFormat.Csv, path);
        return CsvTable.Read(path);
    }

    private async Task<string> Parquet()
    {
        var path = _warehouse.PathOf("sample.parquet");
        var result = await new Exporter(_warehouse.Connection).ExportFileAsync(SampleExport.Definition, ExportFormat.Parquet, path, SampleExport.Provenance);
        Assert.Equal(SampleExport.Rows, result.Rows);
        return path;
    }

    [Fact]
    public async Task Every_value_read_by_hyparquet_equals_the_csv_export()
    {
        var csv = await Csv();
        var parquet = readers.ReadParquet(await Parquet());

        Assert.Equal(csv.Header, parquet.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
        var rows = parquet.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(csv.Rows.Count, rows.Count);
        var share = csv.Column("share");
        for (var r = 0; r < rows.Count; r++)
        {
            var values = rows[r].EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToArray();
            for (var c = 0; c < values.Length; c++)
            {
                if (c == share && values[c] is { } x && csv.Rows[r][c] is { } y)
                    Assert.Equal(double.Parse(y, CultureInfo.InvariantCulture), double.Parse(x, CultureInfo.InvariantCulture));
                else
                    Assert.True(csv.Rows[r][c] == values[c], $"row {r}, {csv.Header[c]}: csv '{csv.Rows[r][c]}', parquet '{values[c]}'");
            }
        }
    }

    [Fact]
    public async Task Parquet_types_and_key_value_metadata_as_hyparquet_sees_them()
    {
        var parquet = readers.ReadParquet(await Parquet());
        var fields = parquet.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var metadata = parquet.GetProperty("metadata");

        Assert.Equal("INT32", fields["id"].GetProperty("type").GetString());
        Assert.Equal("INT64", fields["big"].GetProperty("type").GetString());
        Assert.Equal("DATE", fields["period_start"].GetProperty("convertedType").GetString());
        Assert.Equal("DECIMAL", fields["amount"].GetProperty("convertedType").GetString());
        Assert.Equal(2, fields["amount"].GetProperty("scale").GetInt32());
        Assert.Equal("UTF8", fields["org_code"].GetProperty("convertedType").GetString());
        Assert.Equal("sample", metadata.GetProperty("model").GetString());
        Assert.Equal("2010-12-31", metadata.GetProperty("knowledge_date").GetString());
        Assert.Contains("综合节育率", metadata.GetProperty("indicator_definitions").GetString());
        var columns = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(metadata.GetProperty("columns").GetString()!)!;
        Assert.Equal("yuan", columns["amount"]["unit"]);
    }

    [Fact]
    public async Task DuckDB_reads_the_parquet_file_back_equal_to_the_source()
    {
        var path = await Parquet();
        var differences = _warehouse.Scalar($"""
            select count(*) from (
                (select * from read_parquet('{path}') except all select * from sample)
                union all
                (select * from sample except all select * from read_parquet('{path}')))
            """);
        Assert.Equal(0L, differences);
        var model = _warehouse.Scalar($"select decode(value) from parquet_kv_metadata('{path}') where decode(key) = 'model'");
        Assert.Equal("sample", model);
    }

    [Fact]
    public async Task The_lake_is_partitioned_by_year_and_district_and_reads_back_with_hive_partitioning()
    {
        var definition = new ExportDefinition
        {
            Name = "sample_lake",
            Description = "sample rows by year and district",
            Sql = "select year(period_start) as year, left(org_code, 6) as district, id, org_code, amount from sample",
            Columns = [new("year", "calendar year"), new("district", "district code"), new("id", "row"), new("org_code", "unit"), new("amount", "amount", "yuan")],
            LakePartitions = ["year", "district"],
        };
        var lake = _warehouse.PathOf("lake");
        var result = await new Exporter(_warehouse.Connection).ExportLakeAsync(definition, lake);

        Assert.Equal(SampleExport.Rows, result.Rows);
        Assert.True(Directory.Exists(Path.Combine(lake, "year=2008", "district=220202")));
        Assert.True(Directory.Exists(Path.Combine(lake, "year=2005", "district=220203")));
        var mismatches = _warehouse.Scalar($"""
            select count(*) from read_parquet('{lake}/**/*.parquet', hive_partitioning = true) as l
            full join sample as s using (id)
            where l.id is null or s.id is null or l.year <> year(s.period_start) or l.district <> left(s.org_code, 6)
               or l.amount is distinct from s.amount
            """);
        Assert.Equal(0L, mismatches);
    }

    public void Dispose() => _warehouse.Dispose();
}
