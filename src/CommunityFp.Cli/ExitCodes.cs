namespace CommunityFp.Cli;

/// <summary>The exit codes every <c>cfp</c> command uses.</summary>
public static class ExitCodes
{
    /// <summary>The work was done.</summary>
    public const int Success = 0;

    /// <summary>Input was refused; the message names the file, line and reason.</summary>
    public const int InputRefused = 1;

    /// <summary>The command line itself was wrong (unknown option, bad value).</summary>
    public const int UsageError = 2;
}
