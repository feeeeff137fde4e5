using DuckDB.NET.Data;

namespace CommunityFp.Etl.Verification;

/// <summary>
/// Places a batch version among the loaded versions of its scope and as_of (registers.md: ordered by exported_at;
/// same files and checksums = unchanged; same exported_at with different content = conflict, later arrival refused).
/// </summary>
internal static class VersionDecision
{
    /// <summary>The result the load will have, and for an unchanged re-send the exported_at of the matching version.</summary>
    public static (BatchResult Result, string? Existing, long? ExistingOrd) Decide(DuckDBConnection c, VerifiedManifest m)
    {
        var rows = Db.Rows(c, "select version_ord, content_hash, exported_at from batch_versions where scope = $1 and as_of = $2",
            m.Scope, m.AsOf);
        if (rows.FirstOrDefault(r => (string)r[1]! == m.ContentHash) is { } same)
            return (BatchResult.Unchanged, (string)same[2]!, Convert.ToInt64(same[0]));
        if (rows.FirstOrDefault(r => Convert.ToInt64(r[0]) == m.VersionOrd) is { } conflict)
            throw new BatchRefusedException("manifest.json",
                $"conflict: a different version of scope {m.Scope} as_of {m.Manifest.AsOf} with the same exported_at ({conflict[2]}) is already loaded");
        if (rows.Count == 0) return (BatchResult.Loaded, null, null);
        return rows.All(r => Convert.ToInt64(r[0]) < m.VersionOrd) ? (BatchResult.Replaced, null, null) : (BatchResult.Superseded, null, null);
    }

    /// <summary>The scope's versions just before and just after <paramref name="ord"/> in version order.</summary>
    public static (long? Pred, long? Succ) Neighbours(DuckDBConnection c, string scope, long ord) =>
        (Db.Scalar<long?>(c, "select max(version_ord) from batch_versions where scope = $1 and version_ord < $2", scope, ord),
         Db.Scalar<long?>(c, "select min(version_ord) from batch_versions where scope = $1 and version_ord > $2", scope, ord));
}
