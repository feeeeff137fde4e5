using System.Security.Cryptography;
using System.Text;
using CommunityFp.Etl.Verification;

namespace CommunityFp.Etl.Staging;

/// <summary>
/// A byte pre-scan of one register file: SHA-256 of the file as sent, RFC 4180 record boundaries (quoted fields
/// may hold line breaks) and the physical line each record starts on. DuckDB gives no line numbers for good rows,
/// so quarantine and warning lines come from here. GB18030 files are transcoded to a UTF-8 temp file first;
/// offsets refer to <see cref="ReadPath"/>, the file DuckDB reads.
/// </summary>
internal sealed class CsvScan
{
    private readonly List<long> _starts = [];
    private readonly List<long> _lines = [];
    private readonly List<int> _blank = [];
    private readonly Dictionary<int, int> _wrongFieldCount = [];
    private int _headerFields = -1;

    public string Sha256 { get; private set; } = "";
    public string ReadPath { get; }
    public long Length { get; private set; }

    private CsvScan(string readPath) => ReadPath = readPath;

    /// <summary>Data records (the header excluded): what the manifest's <c>rows</c> states.</summary>
    public long DataRecords => Math.Max(0, _starts.Count - 1);

    /// <summary>All records, the header included.</summary>
    public int Records => _starts.Count;

    /// <summary>Record indices (0 = header) of empty lines, which DuckDB skips and the contract counts.</summary>
    public IReadOnlyList<int> BlankRecords => _blank;

    /// <summary>Records (index → field count) whose field count differs from the header's: row errors.</summary>
    public IReadOnlyDictionary<int, int> WrongFieldCount => _wrongFieldCount;

    /// <summary>The header's field count.</summary>
    public int HeaderFields => _headerFields;

    /// <summary>The physical line (1-based) where record <paramref name="record"/> starts (0 = header).</summary>
    public long LineOf(int record) => _lines[record];

    /// <summary>The record starting at or containing byte <paramref name="offset"/> of <see cref="ReadPath"/>.</summary>
    public int RecordAt(long offset)
    {
        var i = _starts.BinarySearch(offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    public static CsvScan Run(string path, bool gb18030, string tempDir)
    {
        var file = Path.GetFileName(path);
        if (!gb18030)
        {
            var scan = new CsvScan(path);
            scan.Sha256 = scan.ScanBytes(path, validateUtf8: true, file);
            return scan;
        }
        var (temp, sha) = Transcoder.Gb18030ToUtf8(path, tempDir);
        var s = new CsvScan(temp);
        s.ScanBytes(temp, validateUtf8: false, file);
        s.Sha256 = sha;
        return s;
    }

    /// <summary>The header's column names (trimmed), parsed from record 0.</summary>
    public string[] Header()
    {
        if (_starts.Count == 0) return [];
        var text = RawText(0);
        return CsvLine.Split(text).Select(f => f.Trim()).ToArray();
    }

    /// <summary>The byte offset in <see cref="ReadPath"/> where record <paramref name="record"/> starts.</summary>
    public long StartOf(int record) => _starts[record];

    /// <summary>The byte offset where the record after <paramref name="record"/> starts (or the file's length).</summary>
    public long EndOf(int record) => record + 1 < _starts.Count ? _starts[record + 1] : Length;

    /// <summary>The record's text as written (UTF-8 decoded, line end removed). Protected data: never log it.</summary>
    public string RawText(int record)
    {
        var start = _starts[record];
        var end = record + 1 < _starts.Count ? _starts[record + 1] : Length;
        using var f = File.OpenRead(ReadPath);
        f.Position = start;
        var bytes = new byte[end - start];
        f.ReadExactly(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        if (text.EndsWith('\n')) text = text[..^1];
        if (text.EndsWith('\r')) text = text[..^1];
        return text;
    }

    private string ScanBytes(string path, bool validateUtf8, string file)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var buffer = new byte[1 << 20];
        var chars = new char[(1 << 20) + 4];
        var state = new ScanState();
        long pos = 0;
        int n;
        var first = true;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            sha.AppendData(buffer, 0, n);
            if (validateUtf8)
            {
                try { decoder.GetChars(buffer, 0, n, chars, 0, flush: false); }
                catch (DecoderFallbackException) { throw new BatchRefusedException(file, "is not valid utf-8 text"); }
            }
            var from = 0;
            if (first && n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) from = 3;
            first = false;
            ScanChunk(ref state, buffer.AsSpan(0, n), from, pos);
            pos += n;
        }
        if (state.Started) EndRecord(ref state, pos);
        Length = pos;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private struct ScanState
    {
        public bool Started, InQuotes, QuotePending, FieldStart;
        public long Line, Start;
        public byte FirstByte;
        public int Fields;
    }

    private void EndRecord(ref ScanState s, long newlineOffset)
    {
        var record = _starts.Count - 1;
        var length = newlineOffset - s.Start;
        if (length == 0 || (length == 1 && s.FirstByte == (byte)'\r')) _blank.Add(record);
        if (record == 0) _headerFields = s.Fields;
        else if (s.Fields != _headerFields) _wrongFieldCount[record] = s.Fields;
        s.Started = false;
    }

    // The RFC 4180 state machine; runs of ordinary bytes are skipped with vectorised searches.
    private void ScanChunk(ref ScanState s, ReadOnlySpan<byte> chunk, int i, long pos)
    {
        while (i < chunk.Length)
        {
            if (!s.Started)
            {
                s.Started = true; s.Line = s.Line == 0 ? 1 : s.Line; s.FieldStart = true; s.Fields = 1;
                s.Start = pos + i; s.FirstByte = chunk[i];
                _starts.Add(pos + i); _lines.Add(s.Line);
            }
            if (s.InQuotes)
            {
                if (s.QuotePending)
                {
                    s.QuotePending = false;
                    if (chunk[i] == (byte)'"') { i++; continue; }
                    s.InQuotes = false; // the quote closed the field; this byte is read unquoted
                }
                else
                {
                    var k = chunk[i..].IndexOfAny((byte)'"', (byte)'\n');
                    if (k < 0) return;
                    i += k;
                    if (chunk[i] == (byte)'"') s.QuotePending = true; else s.Line++;
                    i++;
                    continue;
                }
            }
            else if (!s.FieldStart)
            {
                var k = chunk[i..].IndexOfAny((byte)',', (byte)'\n');
                if (k < 0) return;
                i += k;
            }
            var b = chunk[i];
            if (b == (byte)'\n') { EndRecord(ref s, pos + i); s.Line++; }
            else if (b == (byte)',') { s.FieldStart = true; s.Fields++; }
            else if (b == (byte)'"' && s.FieldStart) { s.InQuotes = true; s.FieldStart = false; }
            else s.FieldStart = false;
            i++;
        }
    }
}
