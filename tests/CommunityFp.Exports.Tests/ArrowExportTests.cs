using System.Globalization;
using System.Text.Json;
using CommunityFp.Exports.Catalog;

namespace CommunityFp.Exports.Tests;

/// <summary>Arrow files and streams written through Apache.Arrow, read back by npm apache-arrow and compared with
/// the CSV export of the same definition: schema, types, metadata and every value.</summary>
[Collection(ReadersCollection.Name)]
public sealed class ArrowExportTests(IndependentReaders readers) : IDisposable
{
    private readonly TestWarehouse _warehouse = CreateWarehouse();

    private static TestWarehouse CreateWarehouse()
    {
        var warehouse = new TestWarehouse();
        SampleExport.Create(warehouse);
        return warehouse;
    }

    private async Task<(JsonElement Arrow, CsvTable Csv, ExportResult Result)> ExportBoth(ExportFormat format, int batchRows = 1_000)
    {
        var exporter = new Exporter(_warehouse.Connection);
        var options = new ExportOptions { BatchRows = batchRows };
        var path = _warehouse.PathOf(format == ExportFormat.Arrow ? "sample.arrow" : "sample.arrows");
        var result = await exporter.ExportFileAsync(SampleExport.Definition, format, path, SampleExport.Provenance, options);
        await exporter.ExportFileAsync(SampleExport.Definition, ExportFormat.Csv, _warehouse.PathOf("sample.csv"), SampleExport.Provenance, options);
        return (readers.ReadArrow(path), CsvTable.Read(_warehouse.PathOf("sample.csv")), result);
    }

    [Theory]
    [InlineData(ExportFormat.Arrow, "file")]
    [InlineData(ExportFormat.ArrowStream, "stream")]
    public async Task Every_value_read_by_npm_apache_arrow_equals_the_csv_export(ExportFormat format, string expectedFormat)
    {
        var (arrow, csv, result) = await ExportBoth(format);

        Assert.Equal(expectedFormat, arrow.GetProperty("format").GetString());
        // DuckDB hands over 2,048-row chunks; with 1,000 rows a batch, each chunk is a batch: 2,048 + 452
        Assert.Equal(2, arrow.GetProperty("batches").GetInt32());
        Assert.Equal(SampleExport.Rows, result.Rows);
        Assert.Equal(csv.Header, arrow.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
        var rows = arrow.GetProperty("rows").EnumerateArray().ToList();
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
                    Assert.True(csv.Rows[r][c] == values[c], $"row {r}, {csv.Header[c]}: csv '{csv.Rows[r][c]}', arrow '{values[c]}'");
            }
        }
    }

    [Fact]
    public async Task Columns_have_real_arrow_types_and_codes_are_dictionaries()
    {
        var (arrow, _, _) = await ExportBoth(ExportFormat.Arrow);
        var fields = arrow.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        Assert.Equal("Int32", fields["id"].GetProperty("type").GetString());
        Assert.Equal("Int64", fields["big"].GetProperty("type").GetString());
        Assert.Equal("Date", fields["period_start"].GetProperty("typeId").GetString());
        Assert.Equal("Date32<DAY>", fields["period_start"].GetProperty("type").GetString());
        Assert.Equal("Decimal", fields["amount"].GetProperty("typeId").GetString());
        Assert.Equal(9, fields["amount"].GetProperty("precision").GetInt32());
        Assert.Equal(2, fields["amount"].GetProperty("scale").GetInt32());
        Assert.Equal("Utf8", fields["label"].GetProperty("typeId").GetString());
        Assert.Equal("Float64", fields["share"].GetProperty("type").GetString());
        Assert.Equal("Bool", fields["flag"].GetProperty("typeId").GetString());
        foreach (var code in new[] { "org_code", "indicator" })
        {
            Assert.Equal("Dictionary", fields[code].GetProperty("typeId").GetString());
            Assert.Equal("Int32", fields[code].GetProperty("dictionary").GetProperty("indexType").GetString());
            Assert.Equal("Utf8", fields[code].GetProperty("dictionary").GetProperty("valueType").GetString());
        }
    }

    [Fact]
    public async Task Not_null_columns_of_the_table_and_declared_ones_are_not_nullable()
    {
        var (arrow, _, _) = await ExportBoth(ExportFormat.ArrowStream);
        var nullable = arrow.GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("nullable").GetBoolean());

        Assert.Equal(
            new Dictionary<string, bool>
            {
                ["id"] = false, ["big"] = false, ["org_code"] = false, ["indicator"] = false, ["period_start"] = false,
                ["amount"] = true, ["label"] = true, ["share"] = true, ["flag"] = false,
            },
            nullable);
    }

    [Fact]
    public async Task Schema_metadata_carries_provenance_and_fields_carry_meaning_and_unit()
    {
        var (arrow, _, _) = await ExportBoth(ExportFormat.Arrow);
        var metadata = arrow.GetProperty("metadata");

        Assert.Equal("sample", metadata.GetProperty("model").GetString());
        Assert.Equal("样本 — a hand-made table with every exported type", metadata.GetProperty("description").GetString());
        Assert.Equal("2010-12-31", metadata.GetProperty("knowledge_date").GetString());
        Assert.Equal(["220202001/2008-01-31", "220202002/2008-01-31"],
            JsonSerializer.Deserialize<string[]>(metadata.GetProperty("batch_ids").GetString()!)!);
        var definitions = JsonSerializer.Deserialize<Dictionary<string, string>>(metadata.GetProperty("indicator_definitions").GetString()!)!;
        Assert.StartsWith("综合节育率", definitions["contraceptive_prevalence"]);
        Assert.Equal("{\"unit\":\"2202\"}", metadata.GetProperty("parameters").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", metadata.GetProperty("software_version").GetString());
        Assert.Equal("none", metadata.GetProperty("suppression").GetString());

        var amount = arrow.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "amount");
        Assert.Equal("an amount of money", amount.GetProperty("metadata").GetProperty("meaning").GetString());
        Assert.Equal("yuan", amount.GetProperty("metadata").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task A_null_in_a_column_declared_not_null_stops_the_export()
    {
        var definition = SampleExport.Definition with
        {
            Sql = "select id, case when id = 1500 then null else label end as label from sample order by id",
            Columns = [new("id", "row"), new("label", "text", NotNull: true)],
            CodeColumns = [],
        };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new Exporter(_warehouse.Connection).ExportAsync(definition, ExportFormat.ArrowStream, Stream.Null));
        Assert.Contains("label", error.Message);
    }

    [Fact]
    public async Task An_empty_result_is_a_valid_file_with_the_schema()
    {
        var definition = SampleExport.Definition with { Sql = SampleExport.Definition.Sql.Replace("order by", "where id < 0 order by") };
        var path = _warehouse.PathOf("empty.arrow");
        var result = await new Exporter(_warehouse.Connection).ExportFileAsync(definition, ExportFormat.Arrow, path);

        var arrow = readers.ReadArrow(path);
        Assert.Equal(0, result.Rows);
        Assert.Equal(0, arrow.GetProperty("rows").GetArrayLength());
        Assert.Equal(9, arrow.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public async Task Sql_parameters_reach_the_query()
    {
        var definition = SampleExport.Definition with { Sql = "select id, org_code from sample where org_code = $unit order by id" };
        var options = new ExportOptions { SqlParameters = new Dictionary<string, object?> { ["unit"] = "220203001" } };
        var path = _warehouse.PathOf("unit.arrows");
        var result = await new Exporter(_warehouse.Connection).ExportFileAsync(definition, ExportFormat.ArrowStream, path, options: options);

        Assert.Equal(SampleExport.Rows / 3, result.Rows);
        Assert.All(readers.ReadArrow(path).GetProperty("rows").EnumerateArray(), r => Assert.Equal("220203001", r[1].GetString()));
    }

    public void Dispose() => _warehouse.Dispose();
}
