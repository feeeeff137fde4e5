using System.Globalization;
using System.Text;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using DuckDB.NET.Data;
using static CommunityFp.Cli.Tests.BuiltTinyWarehouse;

namespace CommunityFp.Cli.Tests;

/// <summary><c>cfp export</c> on the generator's tiny world: formats, filters, the lake, the knowledge date, what never leaves.</summary>
public class ExportTests(BuiltTinyWarehouse warehouse) : IClassFixture<BuiltTinyWarehouse>
{
    [Fact]
    public void List_names_every_export_with_its_kind_and_audience()
    {
        var result = CliRunner.Run("export", "--list");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"indicator_values\s+aggregate\s+researchers\s+--unit --period --k", result.Output);
        Assert.Matches(@"woman_years\s+microdata\s+researchers", result.Output);
        Assert.Matches(@"population_age_sex\s+aggregate\s+researchers\s+--unit --period --k", result.Output);
        Assert.Matches(@"births\s+microdata\s+researchers", result.Output);
        Assert.Matches(@"measures\s+microdata\s+researchers", result.Output);
        Assert.Matches(@"quarantine\s+aggregate\s+administrators", result.Output);
        Assert.Matches(@"assessment_veto_evidence\s+aggregate\s+administrators", result.Output);
    }

    [Fact]
    public void Arrow_file_arrow_stream_and_parquet_hold_the_same_rows_as_the_csv()
    {
        var db = warehouse.Copy();
        var csv = ReadCsv(Export(db, "indicator_values", "iv.csv"));
        Assert.True(csv.Rows.Count > 1000);

        var arrow = ReadArrow(Export(db, "indicator_values", "iv.arrow"), stream: false);
        var arrows = ReadArrow(Export(db, "indicator_values", "iv.arrows"), stream: true);
        var parquet = Rows(":memory:", $"select * from read_parquet('{Export(db, "indicator_values", "iv.parquet")}')");
        Assert.Equal(csv.Header, arrow.Header);
        Assert.Equal(csv.Rows, arrow.Rows);
        Assert.Equal(csv.Rows, arrows.Rows);
        Assert.Equal(csv.Rows, parquet.Rows);
    }

    [Fact]
    public void Indicator_values_publish_no_count_from_1_to_k_minus_1_and_say_which_rows_were_suppressed()
    {
        var db = warehouse.Copy();
        foreach (var k in new[] { 3, 5, 10 })
        {
            var csv = ReadCsv(Export(db, "indicator_values", $"iv-{k}.csv", "--k", k.ToString(CultureInfo.InvariantCulture)));
            int numerator = csv.Column("numerator"), denominator = csv.Column("denominator"), status = csv.Column("suppression");
            foreach (var row in csv.Rows)
            {
                foreach (var count in new[] { row[numerator], row[denominator] })
                    if (double.TryParse(count, CultureInfo.InvariantCulture, out var n)) Assert.False(n is >= 1 && n < k, $"k = {k}: published {n} in {string.Join(",", row)}");
                if (long.TryParse(row[numerator], out var num) && double.TryParse(row[denominator], CultureInfo.InvariantCulture, out var den) && den - num is >= 1 and var rest)
                    Assert.False(rest < k, $"k = {k}: complement {rest} published in {string.Join(",", row)}");
            }
            Assert.Contains(csv.Rows, r => r[status] == "primary");
            Assert.Contains(csv.Rows, r => r[status] == "secondary");
        }
    }

    [Fact]
    public void The_population_pyramid_withholds_small_bands_and_its_bands_sum_to_the_published_units()
    {
        var db = warehouse.Copy();
        var csv = ReadCsv(Export(db, "population_age_sex", "pyramid.csv"));
        Assert.Equal(Column(db, "select count(*) from population_age_sex").Single(), csv.Rows.Count.ToString(CultureInfo.InvariantCulture));
        int residents = csv.Column("residents"), status = csv.Column("suppression");
        Assert.All(csv.Rows, r => Assert.False(long.TryParse(r[residents], out var n) && n is >= 1 and < 5, string.Join(",", r)));
        Assert.Contains(csv.Rows, r => r[status] == "primary");
        Assert.Equal(["city", "community", "district", "street"], csv.Rows.Select(r => r[csv.Column("org_level")]).Distinct().Order());
    }

    [Fact]
    public void Unit_and_period_filters_give_the_unit_its_descendants_and_the_periods_within()
    {
        var db = warehouse.Copy();
        var csv = ReadCsv(Export(db, "indicator_values", "street.csv", "--unit", "220202001", "--period", "2007-Q1"));
        var expected = Column(db, """
            select count(*) from indicator_values
            where starts_with(org_code, '220202001') and period in ('2007-Q1', '2007-01', '2007-02', '2007-03')
            """).Single();
        Assert.Equal(expected, csv.Rows.Count.ToString(CultureInfo.InvariantCulture));
        Assert.All(csv.Rows, r => Assert.StartsWith("220202001", r[csv.Column("org_code")]));
        Assert.Equal(["2007-01", "2007-02", "2007-03", "2007-Q1"], csv.Rows.Select(r => r[csv.Column("period")]).Distinct().Order());

        var births = ReadCsv(Export(db, "births", "births-2007.csv", "--period", "2007"));
        Assert.Equal(Column(db, "select count(*) from stg_births where year(birth_date) = 2007").Single(), births.Rows.Count.ToString(CultureInfo.InvariantCulture));
        Assert.All(births.Rows, r => Assert.StartsWith("2007-", r[births.Column("birth_month")]));
    }

    [Fact]
    public void The_lake_is_hive_partitioned_by_year_and_district_and_holds_what_the_single_exports_hold()
    {
        var db = warehouse.Copy();
        var lake = Path.Combine(warehouse.Root, "lake-" + Guid.NewGuid().ToString("N"));
        var result = CliRunner.Run("export", "lake", "--out", lake, "--db", db);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.True(File.Exists(Path.Combine(lake, "indicator_values", "year=2007", "district=220202", "data_0.parquet")));

        var csv = ReadCsv(Export(db, "indicator_values", "iv.csv"));
        var read = Rows(":memory:", $"""
            select indicator, org_code, period, numerator, suppression, cast(year as integer), district
            from read_parquet('{lake}/indicator_values/**/*.parquet', hive_partitioning = true)
            order by indicator, org_code, period
            """);
        Assert.Equal(csv.Rows.Count, read.Rows.Count);
        int indicator = csv.Column("indicator"), org = csv.Column("org_code"), period = csv.Column("period"),
            numerator = csv.Column("numerator"), status = csv.Column("suppression"), year = csv.Column("year"), district = csv.Column("district");
        Assert.Equal(
            csv.Rows.Select(r => string.Join("|", r[indicator], r[org], r[period], r[numerator], r[status], r[year], r[district])).Order(StringComparer.Ordinal),
            read.Rows.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal));
        foreach (var name in new[] { "woman_years", "births", "measures", "population_age_sex" })
            Assert.Equal(Column(db, $"select count(*) from read_parquet('{lake}/{name}/**/*.parquet', hive_partitioning = true)").Single(),
                ReadCsv(Export(db, name, name + ".csv")).Rows.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Microdata_carry_no_name_citizen_id_exact_date_or_register_id()
    {
        var db = warehouse.Copy();
        var names = Column(db, "select distinct name from hist_residents where length(name) >= 2");
        var citizenIds = Column(db, "select distinct citizen_id from hist_residents where citizen_id is not null");
        var birthDates = Column(db, "select distinct strftime(birth_date, '%Y-%m-%d') from hist_residents");
        var ids = Column(db, "select distinct resident_id from hist_residents union select distinct birth_id from hist_births union select distinct measure_id from hist_contraception");
        Assert.NotEmpty(names);
        Assert.NotEmpty(citizenIds);
        foreach (var name in new[] { "woman_years", "births", "measures" })
        {
            foreach (var format in new[] { "csv", "arrow", "parquet" })
            {
                var file = Export(db, name, $"{name}.{format}");
                var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
                Assert.DoesNotContain(names, n => text.Contains(n, StringComparison.Ordinal));
                Assert.DoesNotContain(citizenIds, id => text.Contains(id, StringComparison.Ordinal));
            }
            // the metadata name batches by their as-of dates: the data (the CSV) holds no date at all
            var csv = ReadCsv(Export(db, name, name + ".csv"));
            var data = string.Join("\n", csv.Rows.Select(r => string.Join(",", r)));
            Assert.DoesNotContain(birthDates, d => data.Contains(d, StringComparison.Ordinal));
            var cells = csv.Rows.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
            Assert.DoesNotContain(ids, cells.Contains);
            Assert.DoesNotContain(cells, c => System.Text.RegularExpressions.Regex.IsMatch(c, @"^\d{4}-\d{2}-\d{2}$"));
        }
    }

    [Fact]
    public void Pseudonymous_keys_link_rows_within_an_export_and_differ_between_exports()
    {
        var db = warehouse.Copy();
        var first = ReadCsv(Export(db, "woman_years", "w1.csv"));
        var second = ReadCsv(Export(db, "woman_years", "w2.csv"));
        var key = first.Column("woman_key");
        var keys1 = first.Rows.Select(r => r[key]).ToHashSet();
        Assert.True(keys1.Count < first.Rows.Count, "a woman present in two years has one key in both rows");
        Assert.Empty(keys1.Intersect(second.Rows.Select(r => r[key])));
        Assert.All(keys1, k => Assert.Matches("^[0-9a-f]{32}$", k));
    }

    [Fact]
    public void As_known_at_gives_the_figures_a_build_at_that_date_gives_and_leaves_the_warehouse_unchanged()
    {
        var db = warehouse.Copy();
        var known = Export(db, "indicator_values", "known.csv", "--as-known-at", "2008-01-10");
        Assert.Equal([""], Column(db, "select coalesce(cast(as_known_at as varchar), '') from build_context"));
        var all = Export(db, "indicator_values", "all.csv");
        Assert.NotEqual(File.ReadAllText(all), File.ReadAllText(known));

        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--as-known-at", "2008-01-10", "--db", db).ExitCode);
        Assert.Equal(File.ReadAllText(known), File.ReadAllText(Export(db, "indicator_values", "built.csv")));
    }

    [Fact]
    public void As_known_at_exports_the_assessment_runs_of_that_knowledge_date_and_refuses_when_there_is_none()
    {
        var db = warehouse.Copy();
        Assert.Equal(ExitCodes.Success, CliRunner.Run("assess", "--year", "2007", "--db", db).ExitCode);
        var file = Path.Combine(warehouse.Root, Guid.NewGuid().ToString("N") + ".csv");
        var refused = CliRunner.Run("export", "assessment_units", "--out", file, "--as-known-at", "2008-01-10", "--db", db);
        Assert.Equal(ExitCodes.InputRefused, refused.ExitCode);
        Assert.Contains("cfp assess --year YYYY --as-known-at 2008-01-10", refused.Error);
        Assert.False(File.Exists(file));

        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--as-known-at", "2008-01-10", "--db", db).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("assess", "--year", "2007", "--as-known-at", "2008-01-10", "--db", db).ExitCode);
        var early = Column(db, "select run_id from assessment_runs where knowledge_date = date '2008-01-10'").Single();
        var units = ReadCsv(Export(db, "assessment_units", "early.csv", "--as-known-at", "2008-01-10"));
        Assert.NotEmpty(units.Rows);
        Assert.All(units.Rows, r => Assert.Equal(early, r[units.Column("run_id")]));
    }

    [Fact]
    public void Arrow_metadata_says_the_model_knowledge_date_batches_suppression_and_indicator_definitions()
    {
        var db = warehouse.Copy();
        using var stream = File.OpenRead(Export(db, "indicator_values", "meta.arrow", "--unit", "220202001"));
        using var reader = new ArrowFileReader(stream);
        var metadata = reader.Schema.Metadata;
        Assert.Equal("indicator_values", metadata["model"]);
        Assert.Equal("all loaded batches", metadata["knowledge_date"]);
        Assert.Contains("220202/2007-", metadata["batch_ids"]);
        Assert.Contains("\"k\":5", metadata["suppression"].Replace(" ", ""));
        Assert.Contains("\"unit\":\"220202001\"", metadata["parameters"].Replace(" ", ""));
        Assert.Contains("births", metadata["indicator_definitions"]);
        Assert.IsType<Apache.Arrow.Types.DictionaryType>(reader.Schema.GetFieldByName("org_code").DataType);
        Assert.Equal("persons or events", reader.Schema.GetFieldByName("numerator").Metadata["unit"]);
    }

    [Fact]
    public void The_administrators_tables_still_export_and_the_quarantine_keeps_its_raw_text()
    {
        var db = warehouse.Copy();
        var quarantine = ReadCsv(Export(db, "quarantine", "q.csv"));
        Assert.Contains("raw_text", quarantine.Header);
        Assert.Equal(Column(db, "select count(*) from quarantine").Single(), quarantine.Rows.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Column(db, "select count(*) from load_audit").Single(), ReadCsv(Export(db, "load_audit", "a.csv")).Rows.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("indicator_values", "--period", "2007-13")]
    [InlineData("indicator_values", "--unit", "22x")]
    [InlineData("load_audit", "--unit", "2202")]
    [InlineData("no_such_export")]
    [InlineData("indicator_values", "--format", "xlsx")]
    [InlineData("indicator_values", "--k", "0")]
    [InlineData("indicator_values", "--run", "2007-000000000000")]
    public void A_request_the_export_cannot_serve_is_a_usage_error(params string[] args)
    {
        var db = warehouse.Copy();
        var file = Path.Combine(warehouse.Root, Guid.NewGuid().ToString("N") + ".csv");
        var result = CliRunner.Run(["export", .. args, "--out", file, "--db", db]);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void An_assessment_table_before_any_run_is_refused_with_what_to_run()
    {
        var result = CliRunner.Run("export", "assessment_units", "--out", Path.Combine(warehouse.Root, "u.csv"), "--db", warehouse.Copy());
        Assert.Equal(ExitCodes.InputRefused, result.ExitCode);
        Assert.Contains("cfp assess", result.Error);
    }

    private string Export(string db, string name, string fileName, params string[] args)
    {
        var file = Path.Combine(warehouse.Root, Guid.NewGuid().ToString("N") + "-" + fileName);
        var result = CliRunner.Run(["export", name, "--out", file, "--db", db, .. args]);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        return file;
    }

    private sealed record Table(string[] Header, List<string[]> Rows)
    {
        public int Column(string name) => System.Array.IndexOf(Header, name) is >= 0 and var i ? i : throw new KeyNotFoundException(name);
    }

    /// <summary>The CLI's CSV: UTF-8 with a BOM, RFC 4180 quoting.</summary>
    private static Table ReadCsv(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "the CLI's CSV starts with a UTF-8 BOM");
        var lines = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        return new Table(lines[0], lines.Skip(1).ToList());
    }

    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else field.Append(c);
        }
        return rows;
    }

    /// <summary>An Arrow file or stream as text rows, formatted like the CSV (dictionaries decoded, nulls empty).</summary>
    private static Table ReadArrow(string path, bool stream)
    {
        using var file = File.OpenRead(path);
        using ArrowStreamReader reader = stream ? new ArrowStreamReader(file) : new ArrowFileReader(file);
        var rows = new List<string[]>();
        string[]? header = null;
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                header ??= [.. batch.Schema.FieldsList.Select(f => f.Name)];
                for (var r = 0; r < batch.Length; r++)
                    rows.Add([.. Enumerable.Range(0, batch.ColumnCount).Select(c => Format(batch.Column(c), r))]);
            }
        }
        return new Table(header ?? [], rows);
    }

    private static string Format(IArrowArray array, int index)
    {
        if (array.IsNull(index)) return "";
        return array switch
        {
            DictionaryArray d => Format(d.Dictionary, ((Int32Array)d.Indices).GetValue(index)!.Value),
            StringArray s => s.GetString(index),
            Int32Array i => i.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
            Int64Array l => l.GetValue(index)!.Value.ToString(CultureInfo.InvariantCulture),
            DoubleArray x => x.GetValue(index)!.Value.ToString("R", CultureInfo.InvariantCulture),
            Date32Array d => d.GetDateOnly(index)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            BooleanArray b => b.GetValue(index)!.Value ? "true" : "false",
            _ => throw new NotSupportedException(array.GetType().Name),
        };
    }

    /// <summary>Rows of a DuckDB query as text, formatted like the CSV.</summary>
    private static Table Rows(string database, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=" + database);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
            {
                double x => x.ToString("R", CultureInfo.InvariantCulture),
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
            })]);
        return new Table([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)], rows);
    }
}
