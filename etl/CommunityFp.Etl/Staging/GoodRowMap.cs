namespace CommunityFp.Etl.Staging;

/// <summary>
/// Maps DuckDB's good-row order (g = 0, 1, …) back to CSV record indices: good rows are the data records that
/// are neither rejected by DuckDB nor blank lines, in file order.
/// </summary>
internal sealed class GoodRowMap(IEnumerable<int> excludedRecords)
{
    private readonly int[] _excluded = excludedRecords.Where(r => r > 0).Distinct().Order().ToArray();

    /// <summary>The record index (header = 0) of good row <paramref name="g"/>.</summary>
    public int Record(long g)
    {
        var r = (int)g + 1;
        while (true)
        {
            var skipped = CountUpTo(r);
            var next = (int)g + 1 + skipped;
            if (next == r) return r;
            r = next;
        }
    }

    /// <summary>The good-row number of record <paramref name="record"/> (which must not be excluded).</summary>
    public long G(int record) => record - 1 - CountUpTo(record);

    private int CountUpTo(int record)
    {
        var i = Array.BinarySearch(_excluded, record);
        return i >= 0 ? i + 1 : ~i;
    }
}
