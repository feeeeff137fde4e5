namespace CommunityFp.Cli.Tests;

public class UsageTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("generate", "--help")]
    public void Help_exits_zero_and_describes_the_command(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, CliRunner.Run("frobnicate").ExitCode);

    [Fact]
    public void An_unknown_scale_is_a_usage_error_naming_the_choices()
    {
        var result = CliRunner.Run("generate", "--scale", "huge", "--out", "x");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("huge", result.Error);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, CliRunner.Run("generate", "--scale", "tiny").ExitCode);

    [Theory]
    [InlineData("2007-13")]
    [InlineData("July 2007")]
    public void A_malformed_month_is_a_usage_error(string month)
    {
        var result = CliRunner.Run("generate", "--scale", "tiny", "--out", Path.GetTempPath(), "--from", month);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--from", result.Error);
    }

    [Fact]
    public void From_after_to_is_a_usage_error()
    {
        var result = CliRunner.Run("generate", "--scale", "tiny", "--out", Path.GetTempPath(), "--from", "2007-06", "--to", "2007-01");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
    }
}
