namespace CommunityFp.Cli.Tests;

/// <summary>Runs the <c>cfp</c> application in-process and captures its output and exit code.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CfpApplication.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}
