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

    /// <summary>Another process holds the warehouse (cfp serve, or a load); try again when it finishes.</summary>
    public const int WarehouseBusy = 3;
}
