using System.Text;

namespace CommunityFp.Registers;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated, <c>"</c> quoting with <c>""</c> escapes, CRLF or LF line ends,
/// a quoted field may hold line breaks. It reports each record's starting physical line so that errors name
/// the line a person sees in an editor.
/// </summary>
public sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private long _line = 1;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>Reads every record, the header included (as the first record, line 1).</summary>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (TryRead(out var record))
            yield return record;
    }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool TryRead(out CsvRecord record)
    {
        record = null!;
        if (_reader.Peek() < 0) return false;

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var raw = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;

        while (true)
        {
            var c = _reader.Read();
            if (c < 0) break;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    raw.Append(ch);
                    if (_reader.Peek() == '"') { _reader.Read(); raw.Append('"'); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') _line++;
                    raw.Append(ch);
                    field.Append(ch);
                }
                continue;
            }
            if (ch == '\r' && _reader.Peek() == '\n') { _reader.Read(); _line++; break; }
            if (ch == '\n') { _line++; break; }
            raw.Append(ch);
            if (ch == ',') { fields.Add(field.ToString()); field.Clear(); fieldStarted = false; continue; }
            if (ch == '"' && !fieldStarted && field.ToString().Trim().Length == 0) { field.Clear(); inQuotes = true; fieldStarted = true; continue; }
            fieldStarted = true;
            field.Append(ch);
        }
        fields.Add(field.ToString());
        record = new CsvRecord(startLine, fields, raw.ToString());
        return true;
    }

    /// <summary>Counts the records after the header (what a manifest's <c>rows</c> states).</summary>
    public static long CountRecords(TextReader reader)
    {
        var csv = new CsvRecordReader(reader);
        long n = 0;
        while (csv.TryRead(out _)) n++;
        return Math.Max(0, n - 1);
    }
}
