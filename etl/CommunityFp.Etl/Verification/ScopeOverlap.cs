using CommunityFp.Registers;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.Verification;

/// <summary>The scope rules: a unit of the batch's own org_units at level 1–3, not overlapping another loaded scope.</summary>
internal static class ScopeOverlap
{
    public static void Check(DuckDBConnection c, string scope)
    {
        foreach (var row in Db.Rows(c, "select distinct scope from batch_versions order by 1"))
        {
            var other = (string)row[0]!;
            if (other != scope && OrgCode.Overlaps(other, scope))
                throw new BatchRefusedException(BatchManifest.FileName,
                    OrgCode.Contains(other, scope)
                        ? $"scope {scope} lies inside scope {other}, already loaded"
                        : $"scope {scope} contains scope {other}, already loaded");
        }
    }

    /// <summary>Run once org_units is checked (temp table org_levels holds its valid units).</summary>
    public static void CheckScopeIsUnit(DuckDBConnection c, string scope)
    {
        var level = Db.Scalar<int?>(c, "select level from org_levels where code = $1", scope);
        if (level is null)
            throw new BatchRefusedException(BatchManifest.FileName, $"scope {scope} is not a unit of the batch's org_units.csv");
        if (level > OrgCode.Street)
            throw new BatchRefusedException(BatchManifest.FileName, $"scope {scope} is a level-{level} unit; a batch covers a city, district or street");
    }
}
