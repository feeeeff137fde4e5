using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using CommunityFp.Registers;

namespace CommunityFp.Etl.Staging;

/// <summary>
/// The identity under which a record is reused from the scope's previous batch: an XxHash128 of the record's
/// <em>canonical form</em>, the values the loader stores for it, independent of how the export wrote them. Two
/// records get the same canonical form only when the loader would store the very same typed row, with the very same
/// row errors and row-local warnings, under this file's header:
/// <list type="bullet">
/// <item>the register's columns in catalog order (the header's order does not matter); a column the header lacks
///   is stored as null, exactly like an empty field, so it is written as null;</item>
/// <item>then the extra columns, whose trimmed values the loader keeps as a JSON object in header order: their names
///   and order are the file's <see cref="Signature"/>, which must be equal for any reuse;</item>
/// <item>each value as DuckDB's reader and <c>ValueSql.Clean</c> give it: unquoted (<c>""</c> → <c>"</c>), leading
///   and trailing spaces and tabs trimmed, empty = null;</item>
/// <item>a value of a date column in one of the contract's three layouts (<c>YYYY-MM-DD</c>, <c>YYYYMMDD</c>,
///   <c>YYYY/MM/DD</c>, ASCII digits) that is a real calendar date (years 1–9999, where DuckDB's <c>try_strptime</c>
///   and .NET agree) as that date; any other text stays text.</item>
/// </list>
/// Anything this does not model exactly keeps the record's raw text: a record with another field count than the
/// header, a quote inside an unquoted field or text after a closing quote, a control character other than a tab
/// (line breaks in quotes, a lone CR), or a value starting or ending in non-ASCII white space. Such a record's
/// form is its text as written plus the raw header, as before canonical forms: it is reused only when written
/// byte for byte the same under the same header. A false "fresh" costs time; a false "unchanged" would be a wrong
/// warehouse.
/// </summary>
internal sealed class CanonicalRecordForm
{
    private const byte Null = 0, Text = 1, Date = 2, RawRecord = 0xFE;

    private static readonly SearchValues<byte> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 32).Where(x => x != '\t').Select(x => (byte)x)]);

    // By header field: the output slot (catalog columns first, in catalog order, then extras in header order).
    private readonly int[] _slotOf;
    // By header field: whether the value is a date column's.
    private readonly bool[] _isDate;
    private readonly int _slots;
    private readonly long _rawSeed;

    /// <param name="header">The header's trimmed names (<see cref="CsvScan.Header"/>); names are unique (checked at verification).</param>
    /// <param name="rawHeader">The header record as written: part of the identity of records kept raw.</param>
    public CanonicalRecordForm(RegisterDefinition register, IReadOnlyList<string> header, string rawHeader)
    {
        _slotOf = new int[header.Count];
        _isDate = new bool[header.Count];
        var extras = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var index = register.Columns.ToList().FindIndex(c => c.Name == header[i]);
            if (index < 0)
            {
                _slotOf[i] = register.Columns.Count + extras.Count;
                extras.Add(header[i]);
            }
            else
            {
                _slotOf[i] = index;
                _isDate[i] = register.Columns[index].Kind == ColumnKind.Date;
            }
        }
        _slots = register.Columns.Count + extras.Count;
        // Version tag first: a snapshot stored under another identity (e.g. raw-text hashes) never matches.
        Signature = "canonical/1 extras:" + string.Join("\u001f", extras);
        _rawSeed = (long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(rawHeader));
    }

    /// <summary>What must be equal between two files for their canonical forms to be comparable: the form's version and the extra columns in order.</summary>
    public string Signature { get; }

    /// <summary>A reusable per-thread work area for <see cref="Hash"/>.</summary>
    public sealed class Buffers
    {
        internal byte[] Out = new byte[4096];
        internal byte[] Unescaped = new byte[1024];
        internal int[] FieldStart = new int[64], FieldEnd = new int[64];
        internal byte[] FieldQuoted = new byte[64];
        internal int[] SlotStart = [], SlotLength = [];
        internal byte[] SlotTag = [];
        internal int[] SlotDay = [];
        internal bool[] SlotUnescaped = [];
    }

    /// <summary>The canonical hash of one data record's text (line end excluded).</summary>
    public UInt128 Hash(ReadOnlySpan<byte> record, Buffers b)
    {
        if (b.SlotTag.Length < _slots)
        {
            b.SlotStart = new int[_slots]; b.SlotLength = new int[_slots]; b.SlotTag = new byte[_slots];
            b.SlotDay = new int[_slots]; b.SlotUnescaped = new bool[_slots];
        }
        return TryCanonical(record, b, out var length)
            ? XxHash128.HashToUInt128(b.Out.AsSpan(0, length))
            : RawHash(record, b);
    }

    private UInt128 RawHash(ReadOnlySpan<byte> record, Buffers b)
    {
        Ensure(ref b.Out, record.Length + 1);
        b.Out[0] = RawRecord;
        record.CopyTo(b.Out.AsSpan(1));
        return XxHash128.HashToUInt128(b.Out.AsSpan(0, record.Length + 1), _rawSeed);
    }

    private bool TryCanonical(ReadOnlySpan<byte> record, Buffers b, out int length)
    {
        length = 0;
        // Control characters (other than tabs) are left to the raw form: line breaks in quotes, a lone CR.
        if (record.IndexOfAny(ControlCharacters) >= 0) return false;
        if (!Split(record, b, out var fields) || fields != _slotOf.Length) return false;

        Array.Clear(b.SlotTag, 0, _slots); // absent catalog columns: null
        var unescapedUsed = 0;
        for (var f = 0; f < fields; f++)
        {
            var slot = _slotOf[f];
            var start = b.FieldStart[f];
            var end = b.FieldEnd[f];
            var fromUnescaped = false;
            if (b.FieldQuoted[f] == 2)
            {
                // "" inside quotes: unescape into the side buffer.
                Ensure(ref b.Unescaped, unescapedUsed + (end - start));
                var from = unescapedUsed;
                for (var i = start; i < end; i++)
                {
                    b.Unescaped[unescapedUsed++] = record[i];
                    if (record[i] == (byte)'"') i++;
                }
                start = from;
                end = unescapedUsed;
                fromUnescaped = true;
            }
            var value = fromUnescaped ? b.Unescaped.AsSpan(start, end - start) : record[start..end];
            var lead = 0;
            while (lead < value.Length && value[lead] is (byte)' ' or (byte)'\t') lead++;
            var trail = value.Length;
            while (trail > lead && value[trail - 1] is (byte)' ' or (byte)'\t') trail--;
            value = value[lead..trail];
            start += lead;
            if (value.Length == 0) { b.SlotTag[slot] = Null; continue; }
            if ((value[0] >= 0x80 || value[^1] >= 0x80) && UnicodeWhiteSpaceAtAnEnd(value)) return false;
            if (_isDate[f] && DayNumber(value) is { } day)
            {
                b.SlotTag[slot] = Date;
                b.SlotDay[slot] = day;
                continue;
            }
            b.SlotTag[slot] = Text;
            b.SlotStart[slot] = start;
            b.SlotLength[slot] = value.Length;
            b.SlotUnescaped[slot] = fromUnescaped;
        }

        Ensure(ref b.Out, record.Length + unescapedUsed + 5 * _slots);
        var o = 0;
        for (var s = 0; s < _slots; s++)
        {
            var tag = b.SlotTag[s];
            b.Out[o++] = tag;
            if (tag == Date)
            {
                BinaryPrimitives.WriteInt32LittleEndian(b.Out.AsSpan(o), b.SlotDay[s]);
                o += 4;
            }
            else if (tag == Text)
            {
                var n = b.SlotLength[s];
                BinaryPrimitives.WriteInt32LittleEndian(b.Out.AsSpan(o), n);
                o += 4;
                var src = b.SlotUnescaped[s] ? b.Unescaped.AsSpan(b.SlotStart[s], n) : record.Slice(b.SlotStart[s], n);
                src.CopyTo(b.Out.AsSpan(o));
                o += n;
            }
        }
        length = o;
        return true;
    }

    // RFC 4180 fields: FieldQuoted 0 = unquoted, 1 = quoted, 2 = quoted with "" inside (bounds exclude the quotes).
    // False when DuckDB's reading could differ from this one's: a quote inside an unquoted field, text after a
    // closing quote, an unclosed quote.
    private static bool Split(ReadOnlySpan<byte> record, Buffers b, out int fields)
    {
        fields = 0;
        var i = 0;
        while (true)
        {
            if (fields == b.FieldStart.Length)
            {
                Array.Resize(ref b.FieldStart, fields * 2);
                Array.Resize(ref b.FieldEnd, fields * 2);
                Array.Resize(ref b.FieldQuoted, fields * 2);
            }
            if (i < record.Length && record[i] == (byte)'"')
            {
                var start = i + 1;
                var j = start;
                byte quoted = 1;
                while (true)
                {
                    var k = record[j..].IndexOf((byte)'"');
                    if (k < 0) return false;
                    j += k;
                    if (j + 1 < record.Length && record[j + 1] == (byte)'"') { quoted = 2; j += 2; continue; }
                    break;
                }
                b.FieldStart[fields] = start;
                b.FieldEnd[fields] = j;
                b.FieldQuoted[fields] = quoted;
                fields++;
                i = j + 1;
                if (i == record.Length) return true;
                if (record[i] != (byte)',') return false;
                i++;
            }
            else
            {
                var k = record[i..].IndexOfAny((byte)',', (byte)'"');
                var end = k < 0 ? record.Length : i + k;
                if (k >= 0 && record[end] == (byte)'"') return false;
                b.FieldStart[fields] = i;
                b.FieldEnd[fields] = end;
                b.FieldQuoted[fields] = 0;
                fields++;
                if (k < 0) return true;
                i = end + 1;
            }
        }
    }

    // The characters ValueSql.Clean trims beyond ASCII (.NET's char.IsWhiteSpace): such a value keeps the raw form.
    private static bool UnicodeWhiteSpaceAtAnEnd(ReadOnlySpan<byte> value)
    {
        if (Rune.DecodeFromUtf8(value, out var first, out _) != OperationStatus.Done || IsTrimmed(first)) return true;
        return Rune.DecodeLastFromUtf8(value, out var last, out _) != OperationStatus.Done || IsTrimmed(last);
    }

    private static bool IsTrimmed(Rune r) => r.Value is 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029
        or 0x202F or 0x205F or 0x3000 or 0x180E or 0xFEFF || Rune.IsWhiteSpace(r);

    /// <summary>
    /// The date of a value written as <c>YYYY-MM-DD</c>, <c>YYYYMMDD</c> or <c>YYYY/MM/DD</c> (ASCII digits, a real date),
    /// else null: FieldParsers.TryParseDate's rule on UTF-8 bytes, for the hot path (a test holds the two equal).
    /// </summary>
    internal static int? DayNumber(ReadOnlySpan<byte> v)
    {
        int y, m, d;
        if (v.Length == 8)
        {
            if (!Digits(v, 0, 8)) return null;
            y = Number(v, 0, 4); m = Number(v, 4, 2); d = Number(v, 6, 2);
        }
        else if (v.Length == 10 && (v[4] == (byte)'-' || v[4] == (byte)'/') && v[7] == v[4])
        {
            if (!Digits(v, 0, 4) || !Digits(v, 5, 2) || !Digits(v, 8, 2)) return null;
            y = Number(v, 0, 4); m = Number(v, 5, 2); d = Number(v, 8, 2);
        }
        else return null;
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d).DayNumber;
    }

    private static bool Digits(ReadOnlySpan<byte> v, int from, int count) => !v.Slice(from, count).ContainsAnyExceptInRange((byte)'0', (byte)'9');

    private static int Number(ReadOnlySpan<byte> v, int from, int count)
    {
        var n = 0;
        for (var i = from; i < from + count; i++) n = n * 10 + (v[i] - '0');
        return n;
    }

    private static void Ensure(ref byte[] buffer, int size)
    {
        if (buffer.Length < size) buffer = new byte[Math.Max(size, buffer.Length * 2)];
    }
}
