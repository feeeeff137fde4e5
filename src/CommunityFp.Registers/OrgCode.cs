namespace CommunityFp.Registers;

/// <summary>
/// Org-unit codes (统计用区划代码) at their natural length: city <c>2202</c>, district <c>220202</c>,
/// street <c>220202001</c>, community <c>220202001001</c>, resident group = community + 3 digits.
/// </summary>
public static class OrgCode
{
    /// <summary>The levels of the hierarchy, as <c>org_units.level</c> numbers them.</summary>
    public const int City = 1, District = 2, Street = 3, Community = 4, ResidentGroup = 5;

    /// <summary>The level implied by a code's natural length, or null for a length the hierarchy does not use.</summary>
    public static int? LevelOfLength(string code) => code.Length switch
    {
        4 => City,
        6 => District,
        9 => Street,
        12 => Community,
        15 => ResidentGroup,
        _ => null,
    };

    /// <summary>
    /// Normalises a code written with or without leading zeros to its canonical text (codes compare as integers,
    /// so <c>0220202</c> is <c>220202</c>). Returns null when it is not an ASCII-digit code.
    /// </summary>
    public static string? Normalise(string text)
    {
        var t = text.Trim();
        if (!FieldParsers.TryParseInteger(t, out var value)) return null;
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="outer"/>'s territory contains <paramref name="inner"/> (or they are the same).</summary>
    public static bool Contains(string outer, string inner) =>
        inner.StartsWith(outer, StringComparison.Ordinal);

    /// <summary>True when two scopes overlap: one contains the other.</summary>
    public static bool Overlaps(string a, string b) => Contains(a, b) || Contains(b, a);
}
