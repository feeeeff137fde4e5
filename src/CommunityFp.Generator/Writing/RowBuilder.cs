using System.Text;

namespace CommunityFp.Generator.Writing;

/// <summary>
/// One CSV row being built: each field's bytes (already in the batch's encoding) in the register's canonical
/// column order. Writers fill it without allocating; defect injection may replace, drop or add fields before
/// <see cref="CsvFileWriter"/> emits it in the batch's column order.
/// </summary>
internal sealed class RowBuilder
{
    private byte[] _data = new byte[8192];
    private int _length;
    private readonly int[] _start = new int[64];
    private readonly int[] _size = new int[64];

    public RowBuilder(Encoding encoding, DateStyle dates)
    {
        Encoding = encoding;
        Dates = dates;
    }

    public Encoding Encoding { get; }
    public DateStyle Dates { get; }
    public int Count { get; private set; }

    public void Reset() { Count = 0; _length = 0; }

    public ReadOnlySpan<byte> Field(int i) => _data.AsSpan(_start[i], _size[i]);

    public bool IsNull(int i) => _size[i] == 0;

    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _data.Length) Array.Resize(ref _data, Math.Max(_data.Length * 2, _length + bytes));
        return _data.AsSpan(_length, bytes);
    }

    private void Commit(int bytes)
    {
        _start[Count] = _length;
        _size[Count] = bytes;
        _length += bytes;
        Count++;
    }

    public void Null() => Commit(0);

    public void Int(long value)
    {
        var span = Reserve(20);
        Commit(WriteDigits(value, 1, span));
    }

    // Hand-rolled: formatting ints is the hottest path of a city-scale run.
    private static int WriteDigits(long value, int minDigits, Span<byte> into)
    {
        if (value < 0) { into[0] = (byte)'-'; return 1 + WriteDigits(-value, minDigits, into[1..]); }
        var digits = 1;
        for (var v = value / 10; v > 0; v /= 10) digits++;
        digits = Math.Max(digits, minDigits);
        for (var i = digits - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + value % 10);
            value /= 10;
        }
        return digits;
    }

    /// <summary>ASCII text (citizen ids, certificate numbers): the same bytes in UTF-8 and GB18030.</summary>
    public void Ascii(ReadOnlySpan<char> text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        Commit(text.Length);
    }

    /// <summary>Bytes already in the batch's encoding (cached texts).</summary>
    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Commit(bytes.Length);
    }

    /// <summary>An optional number: negative means null.</summary>
    public void IntOrNull(long value) { if (value < 0) Null(); else Int(value); }

    public void Date(int day) => Commit(DateText.Write(day, Dates, Reserve(10)));

    /// <summary>An optional date: 0 means null.</summary>
    public void DateOrNull(int day) { if (day == 0) Null(); else Date(day); }

    /// <summary>An id: a letter and a zero-padded number (R0001234).</summary>
    public void Id(char prefix, long number, int digits)
    {
        var span = Reserve(1 + Math.Max(digits, 20));
        span[0] = (byte)prefix;
        Commit(1 + WriteDigits(number, digits, span[1..]));
    }

    public void Text(ReadOnlySpan<char> text)
    {
        var span = Reserve(Encoding.GetMaxByteCount(text.Length));
        Commit(Encoding.GetBytes(text, span));
    }

    /// <summary>Short Chinese text (names) through a per-character cache: GB18030 encoding is slow character by character.</summary>
    public void CachedText(ReadOnlySpan<char> text)
    {
        var span = Reserve(4 * text.Length);
        var n = 0;
        foreach (var c in text)
        {
            var bytes = CharCache.Get(Encoding, c);
            bytes.CopyTo(span[n..]);
            n += bytes.Length;
        }
        Commit(n);
    }

    /// <summary>Yuan with two decimals from a number of fen.</summary>
    public void Amount(int cents)
    {
        var span = Reserve(24);
        var n = WriteDigits(cents / 100, 1, span);
        span[n] = (byte)'.';
        span[n + 1] = (byte)('0' + cents % 100 / 10);
        span[n + 2] = (byte)('0' + cents % 10);
        Commit(n + 3);
    }

    /// <summary>Replaces field <paramref name="i"/> with new text (defect injection).</summary>
    public void Replace(int i, ReadOnlySpan<char> text)
    {
        var span = Reserve(Encoding.GetMaxByteCount(text.Length));
        var n = Encoding.GetBytes(text, span);
        _start[i] = _length;
        _size[i] = n;
        _length += n;
    }

    /// <summary>The field's text (for injection, which works on text).</summary>
    public string TextOf(int i) => Encoding.GetString(Field(i));

    /// <summary>Drops the last field (a row with fewer fields than the header).</summary>
    public void DropLast() => Count--;
}
