using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>Reasons shown on the quality page keep columns, rules, files and dates, and lose anything shaped like personal data.</summary>
public sealed class ReasonMaskTests
{
    [Theory]
    [InlineData("birth_date: not a date (YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD); status: code is not one of 1, 2, 3")]
    [InlineData("status_date: event date is after the batch's as_of 2007-01-31")]
    [InlineData("resident_id: id repeated in 2 rows of the file")]
    [InlineData("births.csv: SHA-256 is 9f2c01234567890123456789ab, the manifest says 1234567890123456789abcdef")]
    public void Reasons_of_the_etl_pass_unchanged(string reason) => Assert.Equal(reason, ReasonMask.Mask(reason));

    [Theory]
    [InlineData("citizen_id: 220202198001011234 is not valid", "citizen_id: ＊ is not valid")]
    [InlineData("citizen_id: 22020219800101123X bad", "citizen_id: ＊ bad")]
    [InlineData("name: 张三丰 is too long", "name: ＊ is too long")]
    public void Citizen_ids_and_chinese_text_are_masked(string reason, string expected) => Assert.Equal(expected, ReasonMask.Mask(reason));
}
