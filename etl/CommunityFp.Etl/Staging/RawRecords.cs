namespace CommunityFp.Etl.Staging;

/// <summary>
/// The bytes of one scanned register file (the UTF-8 file DuckDB would read) and, per data record, the hash of its
/// <see cref="CanonicalRecordForm"/> (over its text as written, line end excluded): the identity under which a
/// record can be reused from the scope's previous batch.
/// </summary>
internal sealed class RawRecords
{
    private readonly byte[] _data;
    private readonly CsvScan _scan;

    private RawRecords(CsvScan scan, byte[] data, CanonicalRecordForm form)
    {
        _scan = scan;
        _data = data;
        Hashes = new UInt128[scan.Records];
        var buffers = new CanonicalRecordForm.Buffers();
        for (var i = 1; i < scan.Records; i++) Hashes[i] = form.Hash(Text(i), buffers);
    }

    /// <summary>By record index (0 = the header, not hashed).</summary>
    public UInt128[] Hashes { get; }

    /// <summary>Null when the file is too large to hold in memory at once (it is then read whole by DuckDB).</summary>
    public static RawRecords? Read(CsvScan scan, CanonicalRecordForm form) =>
        scan.Length is > 0 and < 1L << 30 ? new RawRecords(scan, File.ReadAllBytes(scan.ReadPath), form) : null;

    private ReadOnlySpan<byte> Text(int record)
    {
        var span = _data.AsSpan((int)_scan.StartOf(record), (int)(_scan.EndOf(record) - _scan.StartOf(record)));
        if (span.Length > 0 && span[^1] == (byte)'\n') span = span[..^1];
        if (span.Length > 0 && span[^1] == (byte)'\r') span = span[..^1];
        return span;
    }

    /// <summary>
    /// Writes the header and the given records (ascending), byte for byte with their own line ends, to a new UTF-8
    /// file: DuckDB reads it exactly as it would have read those records in the whole file.
    /// </summary>
    public void WriteSubset(string path, IReadOnlyList<int> records)
    {
        using var f = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        Write(f, 0);
        foreach (var r in records) Write(f, r);
    }

    private void Write(Stream f, int record)
    {
        var start = (int)_scan.StartOf(record);
        var span = _data.AsSpan(start, (int)(_scan.EndOf(record) - start));
        f.Write(span);
        if (span.Length == 0 || span[^1] != (byte)'\n') f.WriteByte((byte)'\n');
    }
}
