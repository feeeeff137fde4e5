using System.Text;
using CommunityFp.Etl.Staging;
using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>The byte pre-scan: RFC 4180 records, their physical start lines, field counts, blank lines.</summary>
public sealed class CsvScanTests(TempRoot root) : IClassFixture<TempRoot>
{
    private CsvScan Scan(string text, bool bom = false)
    {
        var path = Path.Combine(root.NewFolder(), "f.csv");
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return CsvScan.Run(path, gb18030: false, root.Path);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3,4\n", 2)]
    [InlineData("a,b\r\n1,2\r\n3,4", 2)]
    [InlineData("a,b\n\"1\n\",2\n3,4\n", 2)]
    [InlineData("a,b\n\"x\"\"\n,\",2\n", 1)]
    [InlineData("a,b\n", 0)]
    [InlineData("a,b\n\n1,2\n", 2)]
    public void Records_are_counted_as_rfc_4180_records_header_excluded(string text, long records)
    {
        Assert.Equal(records, Scan(text).DataRecords);
        Assert.Equal(records, Scan(text, bom: true).DataRecords);
    }

    [Fact]
    public void A_quoted_line_break_shifts_the_start_line_of_later_records()
    {
        var s = Scan("a,b\n1,\"x\ny\nz\"\n3,4\n\n5,6,7\n");
        Assert.Equal([1L, 2, 5, 6, 7], Enumerable.Range(0, s.Records).Select(s.LineOf));
        Assert.Equal([3], s.BlankRecords);
        Assert.Equal(new Dictionary<int, int> { [3] = 1, [4] = 3 }, s.WrongFieldCount);
        Assert.Equal("1,\"x\ny\nz\"", s.RawText(1));
        Assert.Equal(1, s.RecordAt(9));
    }

    [Fact]
    public void Good_rows_map_back_to_records_skipping_excluded_ones()
    {
        var map = new GoodRowMap([2, 5, 6]);
        Assert.Equal([1, 3, 4, 7, 8], Enumerable.Range(0, 5).Select(g => map.Record(g)));
        Assert.Equal([0L, 1, 2, 3, 4], new[] { 1, 3, 4, 7, 8 }.Select(map.G));
    }
}
