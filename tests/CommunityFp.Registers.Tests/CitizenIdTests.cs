namespace CommunityFp.Registers.Tests;

public class CitizenIdTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the example of GB 11643-1999
    [InlineData("11010519491231002x")] // lower-case x is normalised before the check
    [InlineData("220202198001010018")]
    public void Valid_ids_pass(string id) => Assert.Null(CitizenId.Check(id));

    [Fact]
    public void A_wrong_check_character_is_reported_as_such() =>
        Assert.Equal(CitizenIdProblem.BadCheckCharacter, CitizenId.Check("110105194912310021"));

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("11010519491331002X")] // month 13
    [InlineData("1101051949123100２X")]
    public void Malformed_ids_have_the_wrong_shape(string id) =>
        Assert.Equal(CitizenIdProblem.WrongShape, CitizenId.Check(id));

    [Fact]
    public void Check_character_follows_iso_7064_mod_11_2() =>
        Assert.Equal('8', CitizenId.CheckCharacter("22020219800101001"));
}
