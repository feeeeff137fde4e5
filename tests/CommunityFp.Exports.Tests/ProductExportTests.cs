using System.Globalization;
using System.Text.Json;
using CommunityFp.Exports.Product;

namespace CommunityFp.Exports.Tests;

/// <summary>
/// The product's <c>indicator_values</c> export over a hand-made warehouse with known answers (two streets, three
/// communities, births and contraceptive prevalence for three months and their quarter): every format read back by
/// the independent readers equals the CSV, the suppression withholds what it must, the filters select the right rows
/// and the lake reads back through DuckDB's Hive partitioning.
/// </summary>
[Collection(ReadersCollection.Name)]
public sealed class ProductExportTests(IndependentReaders readers) : IDisposable
{
    private readonly TestWarehouse _warehouse = CreateWarehouse();
    private static ProductExport IndicatorValues => ProductExports.Find("indicator_values")!;

    // births per community and month (2007-01 … 03); every parent is the sum of its children
    private static readonly Dictionary<string, int[]> Births = new()
    {
        ["220202001001"] = [2, 6, 7],   // 2 is small: withheld, and enough others that it cannot be solved
        ["220202001002"] = [9, 8, 6],
        ["220202002001"] = [12, 10, 11],
    };

    private static TestWarehouse CreateWarehouse()
    {
        var w = new TestWarehouse();
        w.Execute("""
            create table stg_org_units as select * from (values
                ('2202', 'city', 1, null, date '2000-01-01'), ('220202', 'district', 2, '2202', date '2000-01-01'),
                ('220202001', 'street 1', 3, '220202', date '2000-01-01'), ('220202002', 'street 2', 3, '220202', date '2000-01-01'),
                ('220202001001', 'c 1', 4, '220202001', date '2000-01-01'), ('220202001002', 'c 2', 4, '220202001', date '2000-01-01'),
                ('220202002001', 'c 3', 4, '220202002', date '2000-01-01')) u(code, name, level, parent_code, valid_from);
            create table core_periods as select * from (values
                ('month', '2007-01', date '2007-01-01', date '2007-01-31'), ('month', '2007-02', date '2007-02-01', date '2007-02-28'),
                ('month', '2007-03', date '2007-03-01', date '2007-03-31'), ('quarter', '2007-Q1', date '2007-01-01', date '2007-03-31'))
                p(period_type, period, period_start, period_end);
            create table stg_indicator_catalog as select * from (values
                ('births', 'births', '出生人数', 'Births', 'count', 1.0::double, null, 'all', true),
                ('contraceptive_prevalence', 'contraception', '综合节育率', 'Contraceptive prevalence', 'proportion', 1.0::double, 'higher', 'all', true))
                c(indicator, group_name, name_zh, name_en, kind, scale, better, periods, additive);
            create table build_context as select date '2007-04-10' as as_known_at, null::date as rebuild_from;
            create table stg_known_versions as select '220202' as scope, date '2007-03-31' as as_of, 42::bigint as version_ord, date '2007-04-02' as exported_local_date;
            create table community_births (org_code varchar, month integer, births integer);
            """);
        foreach (var (community, months) in Births)
            for (var m = 0; m < 3; m++)
                w.Execute($"insert into community_births values ('{community}', {m + 1}, {months[m]})");
        // the mart: births for every unit and period (parents and quarters as sums); prevalence: 40 of 50 everywhere at community level
        w.Execute("""
            create table indicator_values as
            with units as (select code, level, parent_code from stg_org_units),
            c as (select org_code, printf('2007-%02d', month) as period, 'month' as period_type, births from community_births
                  union all select org_code, '2007-Q1', 'quarter', sum(births) from community_births group by org_code),
            s as (select u.parent_code as org_code, period, period_type, sum(births) as births from c join units u on u.code = c.org_code group by all),
            d as (select u.parent_code as org_code, period, period_type, sum(births) as births from s join units u on u.code = s.org_code group by all),
            y as (select u.parent_code as org_code, period, period_type, sum(births) as births from d join units u on u.code = d.org_code group by all),
            all_units as (select * from c union all select * from s union all select * from d union all select * from y),
            levels as (select a.*, case u.level when 1 then 'city' when 2 then 'district' when 3 then 'street' else 'community' end as org_level
                       from all_units a join units u on u.code = a.org_code)
            select 'births' as indicator, org_code, org_level, period_type, period, births::double as numerator, null::double as denominator,
                   births::double as value, null::double as ci_low, null::double as ci_high from levels
            union all
            select 'contraceptive_prevalence', org_code, org_level, period_type, period,
                   40.0 * (select count(*) from units c where c.level = 4 and starts_with(c.code, l.org_code)),
                   50.0 * (select count(*) from units c where c.level = 4 and starts_with(c.code, l.org_code)), 0.8, 0.67, 0.89
            from levels l
            """);
        return w;
    }

    private async Task<(string Path, ExportResult Result)> Export(ExportFormat format, ExportRequest? request = null)
    {
        var extension = format switch { ExportFormat.Arrow => "arrow", ExportFormat.ArrowStream => "arrows", ExportFormat.Parquet => "parquet", _ => "csv" };
        var path = _warehouse.PathOf($"iv-{Guid.NewGuid():N}.{extension}");
        var result = await new ProductExporter(_warehouse.Connection).ToFileAsync(IndicatorValues, format, path, request ?? new ExportRequest());
        return (path, result);
    }

    private static readonly string[] Doubles = ["denominator", "value", "ci_low", "ci_high"];

    [Theory]
    [InlineData(ExportFormat.Arrow)]
    [InlineData(ExportFormat.ArrowStream)]
    [InlineData(ExportFormat.Parquet)]
    public async Task Every_format_read_by_an_independent_reader_equals_the_csv(ExportFormat format)
    {
        var csv = CsvTable.Read((await Export(ExportFormat.Csv)).Path);
        var (path, _) = await Export(format);
        var read = format == ExportFormat.Parquet ? readers.ReadParquet(path) : readers.ReadArrow(path);

        Assert.Equal(csv.Header, read.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
        var rows = read.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(csv.Rows.Count, rows.Count);
        var doubles = Doubles.Select(csv.Column).ToHashSet();
        for (var r = 0; r < rows.Count; r++)
        {
            var values = rows[r].EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToArray();
            for (var c = 0; c < values.Length; c++)
            {
                if (doubles.Contains(c) && values[c] is { } x && csv.Rows[r][c] is { } y)
                    Assert.Equal(double.Parse(y, CultureInfo.InvariantCulture), double.Parse(x, CultureInfo.InvariantCulture), 12);
                else
                    Assert.True(csv.Rows[r][c] == values[c], $"row {r}, {csv.Header[c]}: csv '{csv.Rows[r][c]}', {format} '{values[c]}'");
            }
        }
    }

    [Fact]
    public async Task The_arrow_file_describes_itself_from_the_build()
    {
        var arrow = readers.ReadArrow((await Export(ExportFormat.Arrow, new ExportRequest { Unit = "220202001", SmallCellThreshold = 3 })).Path);
        var metadata = arrow.GetProperty("metadata");
        Assert.Equal("indicator_values", metadata.GetProperty("model").GetString());
        Assert.Equal("2007-04-10", metadata.GetProperty("knowledge_date").GetString());
        Assert.Equal("[\"220202/2007-03-31/42\"]", metadata.GetProperty("batch_ids").GetString());
        Assert.Contains("综合节育率 / Contraceptive prevalence", metadata.GetProperty("indicator_definitions").GetString());
        var parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(metadata.GetProperty("parameters").GetString()!)!;
        Assert.Equal("220202001", parameters["unit"]);
        Assert.Equal("3", parameters["k"]);
        var fields = arrow.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal("Dictionary", fields["org_code"].GetProperty("typeId").GetString());
        Assert.Equal("Int64", fields["numerator"].GetProperty("type").GetString());
        Assert.Equal("Date32<DAY>", fields["period_start"].GetProperty("type").GetString());
        Assert.False(fields["indicator"].GetProperty("nullable").GetBoolean());
    }

    [Fact]
    public async Task A_small_count_is_withheld_with_enough_others_that_no_total_gives_it_back()
    {
        var csv = CsvTable.Read((await Export(ExportFormat.Csv)).Path);
        string? Numerator(string org, string period) =>
            csv.Rows.Single(r => r[csv.Column("indicator")] == "births" && r[csv.Column("org_code")] == org && r[csv.Column("period")] == period)[csv.Column("numerator")];

        Assert.Null(Numerator("220202001001", "2007-01"));               // the 2
        Assert.Equal("12", Numerator("220202002001", "2007-01"));       // street 2's community: nothing small near it
        // the street's January and the community's quarter would give the 2 back: a second cell of each equation went too
        var withheld = csv.Rows.Count(r => r[csv.Column("indicator")] == "births" && r[csv.Column("numerator")] is null);
        Assert.True(withheld >= 4, $"only {withheld} birth cells withheld");
        Assert.True(Numerator("220202001", "2007-01") is null || Numerator("220202001002", "2007-01") is null);
        Assert.True(Numerator("220202001001", "2007-Q1") is null || Numerator("220202001001", "2007-02") is null || Numerator("220202001001", "2007-03") is null);
        Assert.All(csv.Rows, r => Assert.False(long.TryParse(r[csv.Column("numerator")], out var n) && n is >= 1 and < 5));
        Assert.Equal("primary", csv.Rows.Single(r => r[csv.Column("indicator")] == "births" && r[csv.Column("org_code")] == "220202001001" && r[csv.Column("period")] == "2007-01")[csv.Column("suppression")]);
    }

    [Theory]
    [InlineData("220202001", null, 3 * 4 * 2)]          // street 1 and its two communities × 4 periods × 2 indicators
    [InlineData("220202002001", null, 1 * 4 * 2)]
    [InlineData(null, "2007-02", 7 * 1 * 2)]            // 7 units × the month × 2 indicators
    [InlineData(null, "2007-Q1", 7 * 4 * 2)]            // the quarter and its months
    [InlineData("220202", "2007", 6 * 4 * 2)]
    public async Task Unit_and_period_filters_select_the_unit_its_descendants_and_the_periods_within(string? unit, string? period, int rows)
    {
        var request = new ExportRequest { Unit = unit, Period = period is null ? null : PeriodRange.Parse(period), SmallCellThreshold = 1 };
        var csv = CsvTable.Read((await Export(ExportFormat.Csv, request)).Path);
        Assert.Equal(rows, csv.Rows.Count);
        if (unit is not null) Assert.All(csv.Rows, r => Assert.StartsWith(unit, r[csv.Column("org_code")]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_lake_reads_back_through_hive_partitioning_with_the_same_rows_as_the_csv()
    {
        var csv = CsvTable.Read((await Export(ExportFormat.Csv)).Path);
        var lake = _warehouse.PathOf("lake");
        var (written, skipped) = await new ProductExporter(_warehouse.Connection).LakeAsync(lake, new ExportRequest());
        Assert.Contains(written, w => w.Name == "indicator_values");
        Assert.Contains("woman_years", skipped);   // no register tables in this warehouse
        Assert.True(File.Exists(Path.Combine(lake, "indicator_values", "year=2007", "district=220202", "data_0.parquet")));
        Assert.True(File.Exists(Path.Combine(lake, "indicator_values", "year=2007", "district=2202", "data_0.parquet")));

        var rows = _warehouse.Rows($"""
            select indicator, org_code, period, numerator::varchar, suppression, year::varchar, district
            from read_parquet('{lake}/indicator_values/**/*.parquet', hive_partitioning = true)
            """).Select(r => string.Join("|", r.Select(v => v?.ToString() ?? ""))).Order(StringComparer.Ordinal);
        var expected = csv.Rows.Select(r => string.Join("|", new[] { "indicator", "org_code", "period", "numerator", "suppression", "year", "district" }
            .Select(c => r[csv.Column(c)] ?? ""))).Order(StringComparer.Ordinal);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task A_filter_the_export_does_not_have_is_refused_before_anything_is_written()
    {
        var exporter = new ProductExporter(_warehouse.Connection);
        var path = _warehouse.PathOf("refused.csv");
        await Assert.ThrowsAsync<ExportRequestException>(() => exporter.ToFileAsync(IndicatorValues, ExportFormat.Csv, path, new ExportRequest { Unit = "22 02" }));
        await Assert.ThrowsAsync<ExportRequestException>(() => exporter.ToFileAsync(IndicatorValues, ExportFormat.Csv, path, new ExportRequest { Run = "x" }));
        await Assert.ThrowsAsync<ExportUnavailableException>(() => exporter.ToFileAsync(ProductExports.Find("births")!, ExportFormat.Csv, path, new ExportRequest()));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_catalogue_holds_every_export_once_and_researchers_never_get_the_administrators_tables()
    {
        Assert.Equal(ProductExports.All.Count, ProductExports.Catalog.List().Count);
        var researchers = ProductExports.ForResearchers.Select(e => e.Name).ToList();
        Assert.Contains("indicator_values", researchers);
        Assert.Contains("woman_years", researchers);
        foreach (var admin in new[] { "quarantine", "row_warnings", "load_audit", "assessment_veto_evidence", "batch_versions_current" })
            Assert.DoesNotContain(admin, researchers);
        Assert.All(ProductExports.ForResearchers.Where(e => e.Definition.Kind == Catalog.ExportKind.Aggregate && e.Definition.Columns.Any(c => c.Name == "numerator")),
            e => Assert.NotNull(e.Definition.Suppression));
    }

    [Theory]
    [InlineData("2007", "2007-01-01", "2007-12-31")]
    [InlineData("2007-Q1", "2007-01-01", "2007-03-31")]
    [InlineData("2008-02", "2008-02-01", "2008-02-29")]
    public void A_period_label_spans_its_days(string label, string first, string last)
    {
        var range = PeriodRange.Parse(label);
        Assert.Equal(DateOnly.Parse(first, CultureInfo.InvariantCulture), range.First);
        Assert.Equal(DateOnly.Parse(last, CultureInfo.InvariantCulture), range.Last);
    }

    [Theory]
    [InlineData("07")]
    [InlineData("2007-Q5")]
    [InlineData("2007-13")]
    [InlineData("2007-1")]
    public void A_malformed_period_label_is_refused(string label) => Assert.Throws<FormatException>(() => PeriodRange.Parse(label));

    public void Dispose() => _warehouse.Dispose();
}
