using System.Text.Json;
using CommunityFp.Exports.Catalog;
using CommunityFp.Exports.Deidentification;

namespace CommunityFp.Exports.Tests;

/// <summary>Microdata: pseudonymous keys, age bands, months, and the guard that refuses personal columns.</summary>
[Collection(ReadersCollection.Name)]
public sealed class DeidentificationTests(IndependentReaders readers) : IDisposable
{
    private readonly TestWarehouse _warehouse = Create();

    private static TestWarehouse Create()
    {
        var warehouse = new TestWarehouse();
        warehouse.Execute("""
            create table measures (measure_id varchar not null, resident_id varchar not null, name varchar not null,
                citizen_id varchar not null, birth_date date not null, community_code varchar not null, method int not null,
                start_date date not null);
            insert into measures values
                ('M1', 'R0001', '王秀英', '220202198001011234', date '1980-01-01', '220202001', 1, date '2008-03-14'),
                ('M2', 'R0001', '王秀英', '220202198001011234', date '1980-01-01', '220202001', 5, date '2009-07-02'),
                ('M3', 'R0002', '李红', '22020219850615222X', date '1985-06-15', '220202002', 1, date '2008-11-30'),
                ('M4', 'R0003', '张丽', '220202199002283456', date '1990-02-28', '220202002', 7, date '2010-01-05'),
                ('M5', 'R0002', '李红', '22020219850615222X', date '1985-06-15', '220202002', 2, date '2010-05-20');
            """);
        return warehouse;
    }

    private static ExportDefinition Measures { get; } = new()
    {
        Name = "measures_microdata",
        Description = "one row per contraceptive measure, de-identified",
        Kind = ExportKind.Microdata,
        Sql = """
            select pseudonym(resident_id) as person_key,
                   age_band(age_years(birth_date, start_date)) as age_band,
                   community_code, method, month_of(start_date) as start_month
            from measures order by measure_id
            """,
        Columns =
        [
            new("person_key", "pseudonymous key of the woman: HMAC-SHA256 with this export's secret; joins rows of this export only"),
            new("age_band", "age at the start of the measure, 5-year band", "years"),
            new("community_code", "community"),
            new("method", "contraceptive method code"),
            new("start_month", "month the measure started (yyyy-MM)"),
            new("name", "the woman's name", Personal: true),
        ],
        CodeColumns = ["age_band", "community_code"],
    };

    private async Task<List<string?[]>> Export(ExportDefinition definition, string name)
    {
        var path = _warehouse.PathOf(name);
        await new Exporter(_warehouse.Connection).ExportFileAsync(definition, ExportFormat.Csv, path);
        return CsvTable.Read(path).Rows.ToList();
    }

    [Fact]
    public async Task A_person_has_one_key_within_an_export_and_different_people_have_different_keys()
    {
        var rows = await Export(Measures, "m.csv");
        Assert.Equal(rows[0][0], rows[1][0]); // R0001
        Assert.Equal(rows[2][0], rows[4][0]); // R0002
        Assert.Equal(3, rows.Select(r => r[0]).Distinct().Count());
        Assert.All(rows, r => Assert.Matches("^[0-9a-f]{32}$", r[0]));
    }

    [Fact]
    public async Task Keys_of_two_exports_cannot_be_joined()
    {
        var first = (await Export(Measures, "a.csv")).Select(r => r[0]).ToHashSet();
        var second = (await Export(Measures, "b.csv")).Select(r => r[0]).ToHashSet();
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public async Task Ages_are_five_year_bands_and_dates_are_months()
    {
        var rows = await Export(Measures, "m.csv");
        Assert.Equal(["25-29", "25-29", "20-24", "15-19", "20-24"], rows.Select(r => r[1]!));
        Assert.Equal(["2008-03", "2009-07", "2008-11", "2010-01", "2010-05"], rows.Select(r => r[4]!));
    }

    [Fact]
    public void The_sql_age_band_agrees_with_the_dotnet_one_for_every_age()
    {
        Generalize.RegisterMacros(_warehouse.Connection);
        var sql = _warehouse.Rows("select range::int, age_band(range) from range(0, 111)").ToDictionary(r => (int)r[0]!, r => (string)r[1]!);
        for (var age = 0; age <= 110; age++) Assert.Equal(Generalize.AgeBand(age), sql[age]);
        Assert.Equal(["00-04", "15-19", "45-49", "85+"], new[] { 0, 19, 45, 85 }.Select(Generalize.AgeBand));
    }

    [Fact]
    public void The_sql_exact_age_agrees_with_the_dotnet_one_around_birthdays_and_29_february()
    {
        Generalize.RegisterMacros(_warehouse.Connection);
        var rows = _warehouse.Rows("""
            select b, d, age_years(b, d) from (values
                (date '1988-02-29', date '2006-02-28'), (date '1988-02-29', date '2006-03-01'), (date '1988-02-29', date '2008-02-29'),
                (date '1980-06-15', date '2008-06-14'), (date '1980-06-15', date '2008-06-15'), (date '1980-12-31', date '2009-01-01')) as t(b, d)
            """);
        Assert.Equal([17, 18, 20, 27, 28, 28], rows.Select(r => Convert.ToInt32(r[2])));
        Assert.All(rows, r => Assert.Equal(Generalize.AgeAt((DateOnly)r[0]!, (DateOnly)r[1]!), Convert.ToInt32(r[2])));
    }

    [Fact]
    public void The_key_is_the_hmac_sha256_that_nodes_crypto_computes()
    {
        var secret = Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + 1)).ToArray();
        using var pseudonymizer = new Pseudonymizer(secret);
        var node = readers.Eval($$"""
            import { createHmac } from 'node:crypto';
            process.stdout.write(createHmac('sha256', Buffer.from('{{Convert.ToHexString(secret)}}', 'hex')).update('R0001').digest('hex').slice(0, 32));
            """);
        Assert.Equal(node, pseudonymizer.Key("R0001"));
    }

    [Fact]
    public async Task Microdata_arrow_has_no_date_and_no_personal_column()
    {
        var path = _warehouse.PathOf("m.arrow");
        await new Exporter(_warehouse.Connection).ExportFileAsync(Measures, ExportFormat.Arrow, path);
        var fields = readers.ReadArrow(path).GetProperty("fields").EnumerateArray().ToList();

        Assert.Equal(["person_key", "age_band", "community_code", "method", "start_month"], fields.Select(f => f.GetProperty("name").GetString()!));
        Assert.DoesNotContain(fields, f => f.GetProperty("typeId").GetString() is "Date" or "Timestamp");
    }

    public static TheoryData<string, string> PersonalColumns() => new()
    {
        { "name", "name" },
        { "citizen_id", "citizen_id" },
        { "birth_date", "birth_date" },
        { "citizen_id as mother_citizen_id", "mother_citizen_id" },
        { "resident_id", "not on the export's column list" },
        { "start_date", "an exact date in microdata" },
    };

    [Theory]
    [MemberData(nameof(PersonalColumns))]
    public async Task The_guard_refuses_personal_columns_in_every_format_and_writes_nothing(string column, string reason)
    {
        var definition = Measures with
        {
            Sql = $"select pseudonym(resident_id) as person_key, {column} from measures",
            Columns = [.. Measures.Columns, new("citizen_id", "id"), new("birth_date", "birth"), new("mother_citizen_id", "id"), new("start_date", "start")],
        };
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var path = _warehouse.PathOf($"refused.{format}");
            var error = await Assert.ThrowsAsync<PersonalDataException>(() =>
                new Exporter(_warehouse.Connection).ExportFileAsync(definition, format, path));
            Assert.Contains(reason, error.Message);
            Assert.False(File.Exists(path));
            Assert.False(File.Exists(path + ".partial"));
        }
    }

    [Fact]
    public async Task The_guard_also_refuses_personal_columns_in_aggregate_exports_and_lakes()
    {
        var definition = Measures with
        {
            Kind = ExportKind.Aggregate,
            Sql = "select community_code, birth_date from measures",
            Columns = [new("community_code", "community"), new("birth_date", "birth date")],
            LakePartitions = ["community_code"],
        };
        await Assert.ThrowsAsync<PersonalDataException>(() => new Exporter(_warehouse.Connection).ExportLakeAsync(definition, _warehouse.PathOf("lake")));
        Assert.False(Directory.Exists(_warehouse.PathOf("lake")));
    }

    [Fact]
    public void The_registers_personal_columns_are_all_guarded()
    {
        var personal = Registers.RegisterCatalog.All.SelectMany(r => r.Columns).Where(c => c.IsPersonalData).Select(c => c.Name);
        Assert.All(personal, name => Assert.Contains(name, PersonalDataGuard.PersonalColumnNames));
    }

    public void Dispose() => _warehouse.Dispose();
}
