using System.Globalization;

namespace CommunityFp.Registers;

/// <summary>
/// Parsers for the contract's value formats (registers.md, "CSV rules"). Each accepts ASCII digits only:
/// a full-width <c>２</c> is not a digit here, by design.
/// </summary>
public static class FieldParsers
{
    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYYMMDD</c> or <c>YYYY/MM/DD</c>, zero-padded, a real calendar date.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        Span<char> digits = stackalloc char[8];
        if (text.Length == 8)
        {
            if (!AllAsciiDigits(text)) return false;
            text.CopyTo(digits);
        }
        else if (text.Length == 10)
        {
            var sep = text[4];
            if (sep is not ('-' or '/') || text[7] != sep) return false;
            if (!AllAsciiDigits(text[..4]) || !AllAsciiDigits(text.Slice(5, 2)) || !AllAsciiDigits(text.Slice(8, 2))) return false;
            text[..4].CopyTo(digits);
            text.Slice(5, 2).CopyTo(digits[4..]);
            text.Slice(8, 2).CopyTo(digits[6..]);
        }
        else return false;

        var y = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        var m = int.Parse(digits.Slice(4, 2), CultureInfo.InvariantCulture);
        var d = int.Parse(digits.Slice(6, 2), CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Parses a non-negative integer written in ASCII digits (leading zeros allowed: <c>01</c> = 1).</summary>
    public static bool TryParseInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 18 || !AllAsciiDigits(text)) return false;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses an amount in yuan: ASCII digits with an optional point and at most two decimals.</summary>
    public static bool TryParseAmount(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        if (whole.IsEmpty || !AllAsciiDigits(whole) || fraction.Length > 2 || !AllAsciiDigits(fraction)) return false;
        if (point >= 0 && fraction.IsEmpty) return false;
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a calendar year <c>YYYY</c>.</summary>
    public static bool TryParseYear(ReadOnlySpan<char> text, out int year)
    {
        year = 0;
        if (text.Length != 4 || !AllAsciiDigits(text)) return false;
        year = int.Parse(text, CultureInfo.InvariantCulture);
        return year >= 1;
    }

    /// <summary>True when the text holds a Unicode decimal digit that is not ASCII (full-width <c>２</c>, etc.).</summary>
    public static bool HasNonAsciiDigit(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
            if (ch > 127 && char.IsDigit(ch)) return true;
        return false;
    }

    private static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
            if (ch is < '0' or > '9') return false;
        return true;
    }
}
