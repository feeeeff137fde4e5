namespace CommunityFp.Registers.Tests;

/// <summary>
/// registers.md: exported_at is "an ISO 8601 date-time, normally with its offset (+08:00; none means China time)";
/// "known at K" compares its local (China) date with K.
/// </summary>
public sealed class ExportedAtTests
{
    [Theory]
    [InlineData("2007-04-03T09:30:00+08:00", "2007-04-03")]
    [InlineData("2007-04-03T09:30:00", "2007-04-03")]          // no offset: China time
    [InlineData("2007-04-03 09:30:00", "2007-04-03")]
    [InlineData("2007-04-03T18:00:00Z", "2007-04-04")]         // 18:00 UTC is 02:00 next day in China
    [InlineData("2007-04-03 18:00:00Z", "2007-04-04")]         // a space before the time keeps the offset
    [InlineData("2007-04-03 18:00:00+00:00", "2007-04-04")]
    [InlineData("2007-04-03 20:00:00-05:00", "2007-04-04")]
    [InlineData("2007-04-03T23:59:59+08:00", "2007-04-03")]
    public void The_local_date_is_the_China_date_of_the_instant(string exportedAt, string chinaDate)
    {
        var manifest = new BatchManifest { Format = "cfp-register-snapshot/1", AsOf = "2007-03-31", ExportedAt = exportedAt, Scope = "220202", Encoding = "utf-8", Files = new Dictionary<string, ManifestFile>() };
        Assert.Equal(DateOnly.Parse(chinaDate, System.Globalization.CultureInfo.InvariantCulture), manifest.ExportedLocalDate());
    }

    [Fact]
    public void The_same_instant_written_with_a_space_or_a_T_orders_the_same()
    {
        Assert.Equal(BatchManifest.ParseExportedAt("2007-04-03T18:00:00+00:00"), BatchManifest.ParseExportedAt("2007-04-03 18:00:00+00:00"));
        Assert.Equal(BatchManifest.ParseExportedAt("2007-04-04T02:00:00"), BatchManifest.ParseExportedAt("2007-04-03 18:00:00Z"));
    }
}
