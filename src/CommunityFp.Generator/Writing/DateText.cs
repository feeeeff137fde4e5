namespace CommunityFp.Generator.Writing;

/// <summary>The three date layouts the contract accepts; some district systems export the compact or slashed one.</summary>
internal enum DateStyle { Dash, Compact, Slash }

/// <summary>Pre-formatted ASCII dates (1900–2040) so millions of rows never format a date twice.</summary>
internal static class DateText
{
    private static readonly int FirstDay = new DateOnly(1900, 1, 1).DayNumber;
    private static readonly int LastDay = new DateOnly(2040, 12, 31).DayNumber;
    private static readonly byte[] Table = Build();

    private static byte[] Build()
    {
        var table = new byte[(LastDay - FirstDay + 1) * 8];
        for (var day = FirstDay; day <= LastDay; day++)
        {
            var d = DateOnly.FromDayNumber(day);
            var o = (day - FirstDay) * 8;
            Digits(d.Year, 4, table.AsSpan(o));
            Digits(d.Month, 2, table.AsSpan(o + 4));
            Digits(d.Day, 2, table.AsSpan(o + 6));
        }
        return table;
    }

    private static void Digits(int value, int width, Span<byte> into)
    {
        for (var i = width - 1; i >= 0; i--) { into[i] = (byte)('0' + value % 10); value /= 10; }
    }

    /// <summary>Writes the date in the style; returns the byte count (8 or 10).</summary>
    public static int Write(int day, DateStyle style, Span<byte> into)
    {
        if (day < FirstDay || day > LastDay) throw new ArgumentOutOfRangeException(nameof(day), day, "date outside 1900–2040");
        var src = Table.AsSpan((day - FirstDay) * 8, 8);
        if (style == DateStyle.Compact) { src.CopyTo(into); return 8; }
        var sep = style == DateStyle.Dash ? (byte)'-' : (byte)'/';
        src[..4].CopyTo(into);
        into[4] = sep;
        src.Slice(4, 2).CopyTo(into[5..]);
        into[7] = sep;
        src.Slice(6, 2).CopyTo(into[8..]);
        return 10;
    }
}
