namespace CommunityFp.Assessment.Results;

/// <summary>One district's line in a run summary: its communities per standard and how many were vetoed.</summary>
public sealed record DistrictSummary(
    string DistrictCode,
    string Name,
    int Communities,
    int VetoedCommunities,
    IReadOnlyList<StandardCount> Attaining);

public sealed record StandardCount(string Standard, int Communities);

public static class RunSummary
{
    /// <summary>
    /// Per assessed district, in code order: communities under it (through their streets, as the run's units
    /// record them), vetoed communities, and communities attaining each standard in the order first seen.
    /// </summary>
    public static IReadOnlyList<DistrictSummary> ByDistrict(AssessmentResult result)
    {
        var parents = result.Units.ToDictionary(u => u.UnitCode, u => u.ParentCode, StringComparer.Ordinal);
        var standards = result.Standards.Select(s => s.StandardId).Distinct(StringComparer.Ordinal).ToArray();
        var communities = result.Units.Where(u => u.Level == AssessmentLevel.Community.Key()).ToArray();
        return [.. result.Units.Where(u => u.Level == AssessmentLevel.District.Key()).Select(district =>
        {
            var inside = communities.Where(c => IsUnder(c.UnitCode, district.UnitCode, parents)).ToArray();
            return new DistrictSummary(
                district.UnitCode, district.Name, inside.Length, inside.Count(c => c.Vetoed),
                [.. standards.Select(s => new StandardCount(s, inside.Count(c => c.StandardsAttained.Contains(s))))]);
        })];
    }

    private static bool IsUnder(string code, string ancestor, IReadOnlyDictionary<string, string?> parents)
    {
        for (var current = parents.GetValueOrDefault(code); current is not null; current = parents.GetValueOrDefault(current))
            if (current == ancestor) return true;
        return false;
    }
}
