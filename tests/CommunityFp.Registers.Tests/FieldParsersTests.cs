namespace CommunityFp.Registers.Tests;

public class FieldParsersTests
{
    [Theory]
    [InlineData("2007-03-05")]
    [InlineData("20070305")]
    [InlineData("2007/03/05")]
    public void Dates_in_the_three_contract_formats_parse(string text)
    {
        Assert.True(FieldParsers.TryParseDate(text, out var d));
        Assert.Equal(new DateOnly(2007, 3, 5), d);
    }

    [Theory]
    [InlineData("2007-3-5")]     // not zero-padded
    [InlineData("2007-02-30")]   // not a calendar date
    [InlineData("2007/03-05")]   // mixed separators
    [InlineData("2007-0３-05")]  // full-width digit
    [InlineData("05/03/2007")]
    public void Other_date_texts_do_not_parse(string text) => Assert.False(FieldParsers.TryParseDate(text, out _));

    [Fact]
    public void Codes_compare_as_integers() =>
        Assert.True(FieldParsers.TryParseInteger("01", out var v) && v == 1);

    [Fact]
    public void Full_width_digits_are_flagged() => Assert.True(FieldParsers.HasNonAsciiDigit("２"));

    [Theory]
    [InlineData("120.50", true)]
    [InlineData("120", true)]
    [InlineData("120.505", false)]
    [InlineData("-5", false)]
    [InlineData("12a", false)]
    public void Amounts_have_at_most_two_decimals(string text, bool ok) =>
        Assert.Equal(ok, FieldParsers.TryParseAmount(text, out _));
}
