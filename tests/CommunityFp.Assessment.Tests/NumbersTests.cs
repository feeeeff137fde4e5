using CommunityFp.Assessment.Numbers;

namespace CommunityFp.Assessment.Tests;

public class NumbersTests
{
    [Fact]
    public void Seventeen_of_twenty_meets_at_least_85_percent_exactly() =>
        Assert.True(Comparison.Parse(">= 0.85").Holds(Rational.Of(17, 20)));

    [Fact]
    public void Just_below_a_target_fails_exactly_where_a_double_could_round_up()
    {
        // 849999999/1000000000 is below 0.85 by 1e-9; still below, exactly.
        Assert.False(Comparison.Parse(">= 0.85").Holds(Rational.Of(849_999_999, 1_000_000_000)));
        Assert.True(Comparison.Parse("< 0.85").Holds(Rational.Of(849_999_999, 1_000_000_000)));
    }

    [Theory]
    [InlineData(">= 0.90", ComparisonOperator.AtLeast, "0.90")]
    [InlineData("> 0", ComparisonOperator.GreaterThan, "0")]
    [InlineData("< 0.90", ComparisonOperator.LessThan, "0.90")]
    [InlineData("<=1", ComparisonOperator.AtMost, "1")]
    [InlineData("= .5", ComparisonOperator.EqualTo, "0.5")]
    public void Comparisons_parse_operator_and_number(string text, ComparisonOperator op, string operand)
    {
        var comparison = Comparison.Parse(text);
        Assert.Equal(op, comparison.Operator);
        Assert.Equal(decimal.Parse(operand, System.Globalization.CultureInfo.InvariantCulture), comparison.Operand);
    }

    [Theory]
    [InlineData("0.90")]
    [InlineData(">= ")]
    [InlineData("=> 0.9")]
    [InlineData(">= 90%")]
    [InlineData("at least 0.9")]
    [InlineData("")]
    public void Malformed_comparisons_do_not_parse(string text) => Assert.False(Comparison.TryParse(text, out _));

    [Fact]
    public void Decimals_become_exact_fractions() => Assert.Equal(Rational.Of(19, 20), Rational.FromDecimal(0.95m));

    [Fact]
    public void Fractions_are_shown_exactly_and_rounded_only_for_display()
    {
        var twoThirds = Rational.Of(2, 3);
        Assert.Equal("2/3", twoThirds.ToString());
        Assert.Equal(0.666667m, twoThirds.ToDecimal());
        Assert.Equal(-0.666667m, (-twoThirds).ToDecimal());
        Assert.Equal("3", Rational.Of(6, 2).ToString());
    }

    [Fact]
    public void Wilson_interval_of_17_of_20_matches_the_formula()
    {
        var interval = WilsonInterval.Of(17, 20);
        Assert.Equal(0.6395811353, interval.Lower, 9);
        Assert.Equal(0.9476312541, interval.Upper, 9);
    }

    [Fact]
    public void Wilson_interval_ends_exactly_at_0_and_1()
    {
        Assert.Equal(0, WilsonInterval.Of(0, 10).Lower);
        Assert.Equal(1, WilsonInterval.Of(10, 10).Upper);
        Assert.Equal(0.7224672001, WilsonInterval.Of(10, 10).Lower, 9);
    }
}
