using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityFp.Assessment.Numbers;

public enum ComparisonOperator { AtLeast, GreaterThan, AtMost, LessThan, EqualTo }

/// <summary>A condition written in a scheme as text: <c>"&gt;= 0.90"</c>, <c>"&gt; 0"</c>, <c>"&lt; 0.90"</c>.</summary>
public sealed partial record Comparison(ComparisonOperator Operator, decimal Operand)
{
    public const string Expected = "expected an operator (>=, >, <=, <, =) and a number, e.g. '>= 0.90'";

    [GeneratedRegex(@"^\s*(>=|<=|>|<|==|=)\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();

    public static bool TryParse(string? text, out Comparison comparison)
    {
        comparison = null!;
        if (text is null) return false;
        var match = Syntax().Match(text);
        if (!match.Success) return false;
        var op = match.Groups[1].Value switch
        {
            ">=" => ComparisonOperator.AtLeast,
            ">" => ComparisonOperator.GreaterThan,
            "<=" => ComparisonOperator.AtMost,
            "<" => ComparisonOperator.LessThan,
            _ => ComparisonOperator.EqualTo,
        };
        if (!decimal.TryParse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var operand)) return false;
        comparison = new Comparison(op, operand);
        return true;
    }

    public static Comparison Parse(string text) =>
        TryParse(text, out var comparison) ? comparison : throw new FormatException($"bad comparison '{text}': {Expected}");

    /// <summary>Exact: the value is a fraction, the operand the decimal written in the scheme.</summary>
    public bool Holds(Rational value)
    {
        var order = value.CompareTo(Rational.FromDecimal(Operand));
        return Operator switch
        {
            ComparisonOperator.AtLeast => order >= 0,
            ComparisonOperator.GreaterThan => order > 0,
            ComparisonOperator.AtMost => order <= 0,
            ComparisonOperator.LessThan => order < 0,
            _ => order == 0,
        };
    }

    /// <summary>Whether a whole interval lies on the side where the comparison holds, fails, or straddles it.</summary>
    public bool? HoldsForWholeInterval(Interval interval)
    {
        var operand = (double)Operand;
        bool lowerHolds = HoldsFor(interval.Lower, operand), upperHolds = HoldsFor(interval.Upper, operand);
        if (lowerHolds && upperHolds) return true;
        if (!lowerHolds && !upperHolds && Operator != ComparisonOperator.EqualTo) return false;
        return null;
    }

    private bool HoldsFor(double value, double operand) => Operator switch
    {
        ComparisonOperator.AtLeast => value >= operand,
        ComparisonOperator.GreaterThan => value > operand,
        ComparisonOperator.AtMost => value <= operand,
        ComparisonOperator.LessThan => value < operand,
        _ => value == operand,
    };

    public override string ToString() => Operator switch
    {
        ComparisonOperator.AtLeast => ">= ",
        ComparisonOperator.GreaterThan => "> ",
        ComparisonOperator.AtMost => "<= ",
        ComparisonOperator.LessThan => "< ",
        _ => "= ",
    } + Operand.ToString(CultureInfo.InvariantCulture);
}
