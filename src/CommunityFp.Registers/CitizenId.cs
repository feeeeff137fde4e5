namespace CommunityFp.Registers;

/// <summary>
/// GB 11643-1999 citizen identity numbers (公民身份号码): 17 digits and an ISO 7064 MOD 11-2 check character.
/// A bad id is a warning in the registers, never a row error, so this only classifies.
/// </summary>
public static class CitizenId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("a citizen id body has 17 digits", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var d = first17[i] - '0';
            if (d is < 0 or > 9) throw new ArgumentException("a citizen id body has ASCII digits only", nameof(first17));
            sum += d * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>Upper-cases a trailing <c>x</c> as the contract asks before any check.</summary>
    public static string Normalise(string id) => id.Trim().ToUpperInvariant();

    /// <summary>Why the (normalised) id is not valid, or null when it is.</summary>
    public static CitizenIdProblem? Check(string id)
    {
        var s = Normalise(id);
        if (s.Length != 18) return CitizenIdProblem.WrongShape;
        for (var i = 0; i < 17; i++)
            if (s[i] is < '0' or > '9') return CitizenIdProblem.WrongShape;
        if (s[17] is not ((>= '0' and <= '9') or 'X')) return CitizenIdProblem.WrongShape;
        if (!FieldParsers.TryParseDate(s.Substring(6, 8), out _)) return CitizenIdProblem.WrongShape;
        return CheckCharacter(s.AsSpan(0, 17)) == s[17] ? null : CitizenIdProblem.BadCheckCharacter;
    }
}

/// <summary>The ways a citizen id can fail its check.</summary>
public enum CitizenIdProblem
{
    /// <summary>Not 17 digits and a digit or X, or the embedded birth date is not a date.</summary>
    WrongShape,

    /// <summary>The shape is right but the ISO 7064 MOD 11-2 check character does not match.</summary>
    BadCheckCharacter,
}
