using System.Globalization;
using System.Numerics;

namespace CommunityFp.Assessment.Numbers;

/// <summary>
/// An exact fraction. Scores, deductions and every comparison against a target use it, so that "17 of 20 meets
/// ≥ 85%" holds exactly and no score is rounded before it is compared (assessment.md, "Arithmetic").
/// </summary>
public readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    private readonly BigInteger _denominator;

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        _denominator = denominator;
    }

    public BigInteger Numerator { get; }

    /// <summary>Always positive (the default value is 0/1).</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    public static Rational Zero => new(0, 1);
    public static Rational One => new(1, 1);

    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("A fraction needs a non-zero denominator.");
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsOne || gcd.IsZero ? new(numerator, denominator) : new(numerator / gcd, denominator / gcd);
    }

    /// <summary>The exact value of a decimal written in a scheme (0.95 is 95/100, not a binary approximation).</summary>
    public static Rational FromDecimal(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (value < 0) mantissa = -mantissa;
        return Of(mantissa, BigInteger.Pow(10, scale));
    }

    public static implicit operator Rational(long value) => new(value, 1);
    public static implicit operator Rational(decimal value) => FromDecimal(value);

    public static Rational operator +(Rational a, Rational b) =>
        Of(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a, Rational b) =>
        Of(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);
    public static Rational operator *(Rational a, Rational b) =>
        Of(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) =>
        Of(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;
    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    public static Rational Clamp(Rational value, Rational low, Rational high) => Min(Max(value, low), high);

    public int CompareTo(Rational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Rounded half away from zero to <paramref name="places"/> decimals — for display and tables only.</summary>
    public decimal ToDecimal(int places = 6)
    {
        var scale = BigInteger.Pow(10, places);
        var scaled = BigInteger.DivRem(Numerator * scale * 2 + (Numerator.Sign < 0 ? -Denominator : Denominator), Denominator * 2, out _);
        // Divided by a power of ten, a decimal keeps trailing zeros (95.0); dividing by 1.000… drops them (95).
        return (decimal)scaled / (decimal)scale / 1.000000000000000000000000000m;
    }

    public double ToDouble() => (double)Numerator / (double)Denominator;

    /// <summary>"17/20", or "3" for a whole number: the exact value as stored in run tables.</summary>
    public override string ToString() => Denominator.IsOne
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
}
