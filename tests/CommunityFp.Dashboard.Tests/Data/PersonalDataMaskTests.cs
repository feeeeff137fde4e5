using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Tests.Data;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("李四", "李*")]
    [InlineData("王", "王*")]
    [InlineData("", "")]
    public void A_name_keeps_only_the_family_name(string name, string masked) => Assert.Equal(masked, PersonalDataMask.Name(name));

    [Theory]
    [InlineData("220202198001011234", "220202********1234")]
    [InlineData("22020219800101123X", "220202********123X")]
    [InlineData("12345", "*****")]
    public void A_citizen_id_keeps_only_the_region_and_the_last_four(string id, string masked) =>
        Assert.Equal(masked, PersonalDataMask.CitizenId(id));
}
