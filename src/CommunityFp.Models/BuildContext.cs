namespace CommunityFp.Models;

/// <summary>
/// The inputs of one build, written to the one-row table <c>build_context</c> through parameters so that models
/// read them with a join instead of having values spliced into their SQL.
/// </summary>
/// <param name="AsKnownAt">The knowledge date K: only batch versions exported on or before it count; null = everything loaded.</param>
/// <param name="RebuildFrom">Incremental models rebuild rows whose key is on or after this date; null = rebuild everything.</param>
public sealed record BuildContext(DateOnly? AsKnownAt, DateOnly? RebuildFrom)
{
    /// <summary>The table models read the build's inputs from.</summary>
    public const string TableName = "build_context";
}
