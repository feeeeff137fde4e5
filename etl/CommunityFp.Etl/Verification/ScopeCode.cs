using System.Globalization;

namespace CommunityFp.Etl.Verification;

/// <summary>Org-unit codes at their natural length (2202 ⊃ 220202 ⊃ 220202001), as scopes compare them.</summary>
internal static class ScopeCode
{
    public const int Street = 3;

    /// <summary>Canonical digits (codes compare as integers), or null when not an ASCII-digit code.</summary>
    public static string? Normalise(string text)
    {
        var t = text.Trim();
        if (t.Length is 0 or > 18 || t.Any(ch => ch is < '0' or > '9')) return null;
        return long.Parse(t, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The level a code's natural length implies (4 city, 6 district, 9 street, 12 community, 15 group).</summary>
    public static int? LevelOfLength(string code) => code.Length switch
    {
        4 => 1, 6 => 2, 9 => 3, 12 => 4, 15 => 5, _ => null,
    };

    public static bool Contains(string outer, string inner) => inner.StartsWith(outer, StringComparison.Ordinal);

    public static bool Overlaps(string a, string b) => Contains(a, b) || Contains(b, a);
}
