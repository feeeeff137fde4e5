using CommunityFp.Generator;

namespace CommunityFp.Generator.Tests;

public sealed class YearMonthTests
{
    [Fact]
    public void Parses_yyyy_mm() => Assert.Equal(new YearMonth(2007, 3), YearMonth.Parse("2007-03"));

    [Theory]
    [InlineData("2007-13")]
    [InlineData("2007-3")]
    [InlineData("200703")]
    [InlineData("")]
    public void Rejects_anything_else_with_a_message_naming_the_form(string text)
    {
        var e = Assert.Throws<FormatException>(() => YearMonth.Parse(text));
        Assert.Contains("YYYY-MM", e.Message);
    }

    [Fact]
    public void A_from_after_to_is_refused() =>
        Assert.Throws<ArgumentException>(() => RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny,
            Path.Combine(Path.GetTempPath(), "unused"), From: new YearMonth(2008, 1), To: new YearMonth(2007, 1))));
}
