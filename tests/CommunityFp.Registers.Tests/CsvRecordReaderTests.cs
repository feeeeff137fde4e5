namespace CommunityFp.Registers.Tests;

public class CsvRecordReaderTests
{
    [Fact]
    public void Quoted_line_breaks_stay_in_the_field_and_shift_later_line_numbers()
    {
        var text = "a,b\r\n1,\"x\r\ny\"\r\n2,\"say \"\"hi\"\"\"\n3,z";
        var records = new CsvRecordReader(new StringReader(text)).ReadAll().ToList();
        Assert.Equal([1L, 2, 4, 5], records.Select(r => r.Line));
        Assert.Equal("x\r\ny", records[1].Fields[1]);
        Assert.Equal("say \"hi\"", records[2].Fields[1]);
        Assert.Equal(3, CsvRecordReader.CountRecords(new StringReader(text)));
    }

    [Fact]
    public void Empty_fields_and_trailing_commas_count_as_fields()
    {
        var record = new CsvRecordReader(new StringReader("a,,\n")).ReadAll().Single();
        Assert.Equal(["a", "", ""], record.Fields);
    }
}
