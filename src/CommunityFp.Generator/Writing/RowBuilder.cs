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
        value.TryFormat(span, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        Commit(n);
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
        number.TryFormat(span[1..], out var n, digits == 7 ? "D7" : digits == 8 ? "D8" : "D6", System.Globalization.CultureInfo.InvariantCulture);
        Commit(1 + n);
    }

    public void Text(ReadOnlySpan<char> text)
    {
        var span = Reserve(Encoding.GetMaxByteCount(text.Length));
        Commit(Encoding.GetBytes(text, span));
    }

    /// <summary>Yuan with two decimals from a number of fen.</summary>
    public void Amount(int cents)
    {
        var span = Reserve(24);
        (cents / 100).TryFormat(span, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
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
