namespace CommunityFp.Cli;

/// <summary>A command-line value that parses but makes no sense (e.g. <c>--from</c> after <c>--to</c>): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
