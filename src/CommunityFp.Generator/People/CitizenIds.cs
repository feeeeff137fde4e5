using CommunityFp.Generator.Core;

namespace CommunityFp.Generator.People;

/// <summary>
/// GB 11643-1999 citizen identity numbers: 6-digit region code of first registration, birth date YYYYMMDD,
/// a 3-digit sequence whose parity gives the sex (odd = male), and the ISO 7064 MOD 11-2 check character.
/// Only the region and sequence are stored per person; the text is rebuilt when a row is written.
/// </summary>
internal static class CitizenIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>A sequence number 1–999 of the right parity for the sex.</summary>
    public static short Sequence(Rng rng, int sex)
    {
        var n = rng.Between(0, 498) * 2 + 1; // odd, 1..997
        return (short)(sex == 1 ? n : n + 1);
    }

    /// <summary>Writes the 18 characters into <paramref name="into"/>; <paramref name="badCheck"/> writes a wrong check character.</summary>
    public static void Format(int region, int birthDay, int sequence, Span<char> into, bool badCheck = false)
    {
        var d = Days.ToDate(birthDay);
        WriteDigits(region, 6, into);
        WriteDigits(d.Year, 4, into[6..]);
        WriteDigits(d.Month, 2, into[10..]);
        WriteDigits(d.Day, 2, into[12..]);
        WriteDigits(sequence, 3, into[14..]);
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (into[i] - '0') * Weights[i];
        var check = sum % 11;
        into[17] = CheckCharacters[badCheck ? (check + 1 + sequence % 9) % 11 : check];
    }

    private static void WriteDigits(int value, int width, Span<char> into)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
