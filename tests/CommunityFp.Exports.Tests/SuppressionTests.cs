namespace CommunityFp.Exports.Tests;

/// <summary>Small-cell suppression on hand-made tables whose answer is worked out by hand.</summary>
[Collection(ReadersCollection.Name)]
public sealed class SuppressionTests(IndependentReaders readers) : IDisposable
{
    private readonly TestWarehouse _warehouse = Create();

    private static TestWarehouse Create()
    {
        var warehouse = new TestWarehouse();
        warehouse.Execute(SuppressionFixtures.OrgTree);
        warehouse.Execute(SuppressionFixtures.Births);
        warehouse.Execute(SuppressionFixtures.Rates);
        return warehouse;
    }

    private async Task<(CsvTable Csv, ExportResult Result)> Export(Catalog.ExportDefinition definition, int k = 5)
    {
        var path = _warehouse.PathOf($"{definition.Name}-{k}.csv");
        var result = await new Exporter(_warehouse.Connection).ExportFileAsync(definition, ExportFormat.Csv, path,
            options: new ExportOptions { SmallCellThreshold = k });
        return (CsvTable.Read(path), result);
    }

    private static Dictionary<string, string?[]> ByUnit(CsvTable csv, string period) =>
        csv.Rows.Where(r => r[csv.Column("period")] == period).ToDictionary(r => r[csv.Column("org_code")]!);

    [Fact]
    public async Task A_lone_small_community_takes_its_smallest_sibling_with_it()
    {
        var (csv, _) = await Export(SuppressionFixtures.BirthsExport);
        var rows = ByUnit(csv, "2008-01");
        int births = csv.Column("births"), status = csv.Column("suppression");

        Assert.Null(rows["220101001"][births]);
        Assert.Equal("primary", rows["220101001"][status]);
        Assert.Null(rows["220101002"][births]); // 10, the smallest of its siblings
        Assert.Equal("secondary", rows["220101002"][status]);
        var published = rows.Where(r => r.Value[status] == "none").Select(r => r.Key).Order();
        Assert.Equal(["22", "2201", "220101", "220101003", "220102", "220102001", "220102002", "2202", "220201", "220201001"], published);
    }

    [Fact]
    public async Task Suppression_climbs_the_hierarchy_until_no_margin_gives_a_cell_away()
    {
        var (csv, _) = await Export(SuppressionFixtures.BirthsExport);
        var rows = ByUnit(csv, "2008-02");
        var status = csv.Column("suppression");

        // 220201001 = 220201 = 2202 = 3 are primary; 2202 alone under the city would follow from 22 − 2201,
        // so 2201 goes (the smaller of 2201 and 22), then 220101 (the smaller of its children)
        var withheld = rows.Where(r => r.Value[status] != "none").ToDictionary(r => r.Key, r => r.Value[status]);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["220101001"] = "primary", ["220201001"] = "primary", ["220201"] = "primary", ["2202"] = "primary",
                ["2201"] = "secondary", ["220101"] = "secondary",
            },
            withheld);
    }

    [Fact]
    public async Task Zero_and_counts_of_k_or_more_are_published()
    {
        _warehouse.Execute("create table zeros (org_code varchar, births bigint); insert into zeros values ('220101001', 0), ('220101002', 5), ('220101003', 7), ('220101', 12)");
        var definition = SuppressionFixtures.BirthsExport with
        {
            Sql = "select org_code, births from zeros",
            Columns = [new("org_code", "unit"), new("births", "births")],
            CodeColumns = [],
            Suppression = SuppressionFixtures.BirthsExport.Suppression! with { KeyColumns = ["org_code"] },
        };
        var (csv, result) = await Export(definition);

        Assert.All(csv.Rows, r => Assert.Equal("none", r[csv.Column("suppression")]));
        Assert.Equal(0, result.Suppression!.PrimaryCells);
    }

    [Fact]
    public async Task A_small_denominator_takes_the_numerator_and_the_rate_and_a_small_complement_takes_the_numerator()
    {
        var (csv, _) = await Export(SuppressionFixtures.RatesExport);
        var rows = csv.Rows.ToDictionary(r => r[0]!);
        int n = csv.Column("numerator"), d = csv.Column("denominator"), v = csv.Column("value"), s = csv.Column("suppression");
        // numerator | denominator | value | status, a withheld (null) cell shown as ∅
        string Cells(string unit) => string.Join(" | ", new[] { rows[unit][n], rows[unit][d], rows[unit][v], rows[unit][s] }.Select(c => c ?? "∅"));

        Assert.Equal("∅ | ∅ | ∅ | primary", Cells("220101001"));
        // 48 users of 50: the 2 non-users are a small cell, so the numerator goes (and the rate with it)
        Assert.Equal("∅ | 50 | ∅ | primary", Cells("220101002"));
        // the denominator margin 93 = 3 + 50 + 40 had one withheld cell: the smallest other, 40, goes too
        Assert.Equal("20 | ∅ | ∅ | secondary", Cells("220101003"));
        Assert.Equal("69 | 93 | 0.7419 | none", Cells("220101"));
    }

    [Fact]
    public async Task The_rule_and_what_it_did_are_in_the_arrow_metadata_and_the_status_column_is_a_dictionary()
    {
        var path = _warehouse.PathOf("births.arrows");
        var result = await new Exporter(_warehouse.Connection).ExportFileAsync(SuppressionFixtures.BirthsExport, ExportFormat.ArrowStream, path);
        var arrow = readers.ReadArrow(path);

        var suppression = System.Text.Json.JsonDocument.Parse(arrow.GetProperty("metadata").GetProperty("suppression").GetString()!).RootElement;
        Assert.Equal(5, suppression.GetProperty("k").GetInt32());
        Assert.Equal(5, suppression.GetProperty("primary_cells").GetInt32());   // 1 in 2008-01, 4 in 2008-02
        Assert.Equal(3, suppression.GetProperty("secondary_cells").GetInt32()); // 1 in 2008-01, 2 in 2008-02
        Assert.Equal(result.Suppression!.PrimaryCells, suppression.GetProperty("primary_cells").GetInt32());
        Assert.Contains("counts 1 to 4 withheld", suppression.GetProperty("rule").GetString());
        var fields = arrow.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("Dictionary", fields["suppression"].GetProperty("typeId").GetString());
        Assert.False(fields["suppression"].GetProperty("nullable").GetBoolean());
        Assert.True(fields["births"].GetProperty("nullable").GetBoolean()); // NOT NULL in the source, null when withheld
    }

    [Fact]
    public async Task Arrow_stream_and_parquet_hold_the_same_cells_as_the_csv()
    {
        var exporter = new Exporter(_warehouse.Connection);
        var (csv, _) = await Export(SuppressionFixtures.RatesExport);
        await exporter.ExportFileAsync(SuppressionFixtures.RatesExport, ExportFormat.ArrowStream, _warehouse.PathOf("r.arrows"));
        await exporter.ExportFileAsync(SuppressionFixtures.RatesExport, ExportFormat.Parquet, _warehouse.PathOf("r.parquet"));

        foreach (var read in new[] { readers.ReadArrow(_warehouse.PathOf("r.arrows")), readers.ReadParquet(_warehouse.PathOf("r.parquet")) })
        {
            var rows = read.GetProperty("rows").EnumerateArray()
                .Select(r => r.EnumerateArray().Select(v => v.ValueKind == System.Text.Json.JsonValueKind.Null ? null : v.GetString()).ToArray()).ToList();
            Assert.Equal(csv.Rows.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++) Assert.Equal(csv.Rows[i], rows[i]);
        }
    }

    [Fact]
    public async Task A_withheld_count_leaves_no_trace_in_the_arrow_buffers()
    {
        // DuckDB keeps the old value under a CASE … THEN NULL; the writer zeroes it
        var path = _warehouse.PathOf("rates.arrow");
        await new Exporter(_warehouse.Connection).ExportFileAsync(SuppressionFixtures.RatesExport, ExportFormat.Arrow, path);
        var under = readers.ReadArrow(path).GetProperty("nonZeroUnderNull");

        foreach (var column in new[] { "numerator", "denominator", "value" })
            Assert.Equal(0, under.GetProperty(column).GetInt32());
    }

    [Fact]
    public async Task The_reader_does_see_a_value_left_under_a_null()
    {
        // the control for the test above: a file written by hand with 42 under a null
        var validity = new byte[] { 0b101 };
        var values = new long[] { 7, 42, 9 };
        var data = new Apache.Arrow.ArrayData(Apache.Arrow.Types.Int64Type.Default, 3, 1, 0,
            [new Apache.Arrow.ArrowBuffer(validity), new Apache.Arrow.ArrowBuffer(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray())]);
        var schema = new Apache.Arrow.Schema([new Apache.Arrow.Field("numerator", Apache.Arrow.Types.Int64Type.Default, true)], null);
        var path = _warehouse.PathOf("garbage.arrow");
        await using (var file = File.Create(path))
        using (var writer = new Apache.Arrow.Ipc.ArrowFileWriter(file, schema))
        {
            await writer.WriteRecordBatchAsync(new Apache.Arrow.RecordBatch(schema, [new Apache.Arrow.Int64Array(data)], 3));
            await writer.WriteEndAsync();
        }
        Assert.Equal(1, readers.ReadArrow(path).GetProperty("nonZeroUnderNull").GetProperty("numerator").GetInt32());
    }

    [Fact]
    public async Task The_same_table_always_gives_the_same_export()
    {
        var first = await File.ReadAllBytesAsync(await ExportArrow("a.arrow"));
        var second = await File.ReadAllBytesAsync(await ExportArrow("b.arrow"));
        Assert.Equal(first, second);

        async Task<string> ExportArrow(string name)
        {
            var path = _warehouse.PathOf(name);
            await new Exporter(_warehouse.Connection).ExportFileAsync(SuppressionFixtures.RatesExport, ExportFormat.Arrow, path);
            return path;
        }
    }

    [Fact]
    public async Task Duplicate_keys_are_refused()
    {
        _warehouse.Execute("create table twice (org_code varchar, births bigint); insert into twice values ('220101001', 3), ('220101001', 4), ('220101', 7)");
        var definition = SuppressionFixtures.BirthsExport with
        {
            Sql = "select org_code, births from twice",
            Columns = [new("org_code", "unit"), new("births", "births")],
            CodeColumns = [],
            Suppression = SuppressionFixtures.BirthsExport.Suppression! with { KeyColumns = ["org_code"] },
        };
        await Assert.ThrowsAsync<InvalidOperationException>(() => Export(definition));
    }

    public void Dispose() => _warehouse.Dispose();
}
