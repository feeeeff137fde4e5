using System.Text;
using CommunityFp.Etl.Staging;
using CommunityFp.Registers;

namespace CommunityFp.Etl.Tests;

/// <summary>
/// The canonical form of a record (the identity under which it is reused): equal exactly when the loader stores the
/// same values; anything it does not model exactly stays in the raw form (equal only byte for byte, same header).
/// </summary>
public sealed class CanonicalRecordFormTests
{
    private static readonly string Catalog = "visit_id,woman_id,visit_date,visit_type,measure_id,birth_id,result,staff_id";

    private static CanonicalRecordForm Form(string header) =>
        new(RegisterCatalog.Followups, Staging.CsvLine.Split(header).Select(h => h.Trim()).ToArray(), header);

    private static UInt128 Hash(string header, string record) =>
        Form(header).Hash(Encoding.UTF8.GetBytes(record), new CanonicalRecordForm.Buffers());

    private static void Same(string a, string b, string headerA = "", string headerB = "") =>
        Assert.Equal(Hash(headerA == "" ? Catalog : headerA, a), Hash(headerB == "" ? Catalog : headerB, b));

    private static void Different(string a, string b, string headerA = "", string headerB = "") =>
        Assert.NotEqual(Hash(headerA == "" ? Catalog : headerA, a), Hash(headerB == "" ? Catalog : headerB, b));

    private const string V1 = "V1,R1,2007-01-05,1,M1,,1,S1";

    [Theory]
    [InlineData("V1,R1,2007/01/05,1,M1,,1,S1")]
    [InlineData("V1,R1,20070105,1,M1,,1,S1")]
    [InlineData("\"V1\",\"R1\",\"2007-01-05\",\"1\",\"M1\",\"\",\"1\",\"S1\"")]
    [InlineData(" V1 ,R1\t, 20070105,1,M1, ,1,S1 ")]
    public void The_loaders_equal_values_give_one_form(string record) => Same(V1, record);

    [Theory]
    [InlineData("V1,R1,2007-01-06,1,M1,,1,S1")]     // another date
    [InlineData("V1,R1,2007-01-05,01,M1,,1,S1")]    // codes are kept as written (01 = 1 is left to DuckDB)
    [InlineData("V1,R1,2007-01-05,1,M1,,1,s1")]
    [InlineData("V1,R1,2007-01-05,1,M1,,1,")]       // a value lost
    [InlineData("V1,R1,2007-1-5,1,M1,,1,S1")]       // not one of the three layouts: text
    [InlineData("V1,R1,2007-01-05,1,M1,\"\"\"\",1,S1")]
    public void Any_other_value_gives_another_form(string record) => Different(V1, record);

    [Fact]
    public void Invalid_dates_stay_text()
    {
        Different("V1,R1,2007-02-30,1,M1,,1,S1", "V1,R1,20070230,1,M1,,1,S1");
        Assert.Null(CanonicalRecordForm.DayNumber("2007-02-29"u8));
        Assert.Null(CanonicalRecordForm.DayNumber("2007/02-28"u8));
        Assert.Null(CanonicalRecordForm.DayNumber("0000-01-01"u8));
        Assert.Null(CanonicalRecordForm.DayNumber("２００７0101"u8));
        Assert.Equal(new DateOnly(2008, 2, 29).DayNumber, CanonicalRecordForm.DayNumber("20080229"u8));
    }

    [Fact]
    public void The_byte_level_date_rule_agrees_with_the_contract_validators()
    {
        // the hashing reads dates from UTF-8 bytes on the hot path; FieldParsers.TryParseDate is the contract's rule
        var samples = new List<string> { "", "2007", "2007-1-5", "07-03-05", "2007.03.05", "2007-03-05 ", "２００７0101", "20070230" };
        for (var day = new DateOnly(1999, 12, 25); day <= new DateOnly(2001, 3, 5); day = day.AddDays(1))
            foreach (var layout in new[] { "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd" })
                samples.Add(day.ToString(layout, System.Globalization.CultureInfo.InvariantCulture));
        for (var m = 0; m <= 13; m++)
            for (var d = 0; d <= 32; d++)
                samples.AddRange([$"2000-{m:00}-{d:00}", $"1900{m:00}{d:00}", $"2004/{m:00}/{d:00}", $"2004-{m:00}/{d:00}"]);
        foreach (var text in samples)
        {
            int? expected = FieldParsers.TryParseDate(text, out var date) ? date.DayNumber : null;
            Assert.True(expected == CanonicalRecordForm.DayNumber(Encoding.UTF8.GetBytes(text)), text);
        }
    }

    [Fact]
    public void Column_order_does_not_matter_and_an_absent_column_is_an_empty_one()
    {
        Same(V1, "S1,1,,M1,1,2007-01-05,R1,V1", headerB: string.Join(",", Catalog.Split(',').Reverse()));
        Same("V1,R1,2007-01-05,1,M1,,1,", "V1,R1,2007-01-05,1,M1,,1", headerB: Catalog[..Catalog.LastIndexOf(',')]);
        Different(V1, "V1,R1,2007-01-05,1,M1,,1", headerB: Catalog[..Catalog.LastIndexOf(',')]);
    }

    [Fact]
    public void Extra_columns_are_part_of_the_signature_in_order()
    {
        Assert.Equal(Form(Catalog).Signature, Form(string.Join(",", Catalog.Split(',').Reverse())).Signature);
        Assert.NotEqual(Form(Catalog).Signature, Form(Catalog + ",entered_by").Signature);
        Assert.NotEqual(Form(Catalog + ",a,b").Signature, Form(Catalog + ",b,a").Signature);
        Different(V1 + ",x", V1 + ",y", Catalog + ",entered_by", Catalog + ",entered_by");
        Same(V1 + ",x", V1 + ",\" x\"", Catalog + ",entered_by", Catalog + ",entered_by");
    }

    [Theory]
    [InlineData("V1,R1,2007-01-05,1,M1,,1,S\"1")]             // a quote inside an unquoted field
    [InlineData("V1,R1,2007-01-05,1,M1,,1,\"S1\"x")]          // text after a closing quote
    [InlineData("V1,R1,2007-01-05,1,M1,,1,\"S\n1\"")]         // a line break
    [InlineData("V1,R1,2007-01-05,1,M1,,1,S1\u3000")]        // a non-ASCII space the loader would trim
    [InlineData("V1,R1,2007-01-05,1,M1,,1")]                  // a field missing
    [InlineData("V1,R1,2007-01-05,1,M1,,1,S1,")]              // a field too many
    public void What_is_not_modelled_exactly_keeps_the_raw_form(string record)
    {
        Same(record, record);
        Different(record, record, headerB: Catalog + " ");                 // same names, another raw header
        Different(record, record.Replace("2007-01-05", "20070105", StringComparison.Ordinal));
    }
}
