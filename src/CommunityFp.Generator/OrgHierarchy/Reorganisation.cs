namespace CommunityFp.Generator.OrgHierarchy;

/// <summary>How communities change (a closed unit gets valid_to, its successors new codes).</summary>
internal enum ReorganisationKind { Rename, Merge, Split }

/// <summary>A planned merge, split or rename taking effect on <see cref="Day"/> (the first of a month).</summary>
internal sealed record Reorganisation(ReorganisationKind Kind, int Day, IReadOnlyList<Community> Closed, IReadOnlyList<Community> Successors);
