using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Scoring;

namespace CommunityFp.Assessment.Vetoes;

/// <summary>One-vote veto (一票否决): a rule that holds for a unit, and its reach up the tree.</summary>
internal static class VetoEvaluator
{
    /// <summary>The veto if its rule holds for the unit; a rule on an indicator with no data does not hold.</summary>
    public static VetoResult? Evaluate(VetoSpec veto, AssessmentLevel level, OrgUnit unit, Measurement measurement)
    {
        if (measurement.Value is not { } value || !veto.When.Holds(value)) return null;
        var raw = measurement.Raw!;
        var evidence = raw.Evidence
            .OrderBy(e => e.Register, StringComparer.Ordinal).ThenBy(e => e.RecordId, StringComparer.Ordinal)
            .ThenBy(e => e.Date).ThenBy(e => e.CommunityCode, StringComparer.Ordinal)
            .ToArray();
        return new VetoResult(
            unit.Code, veto.Id, level.Key(), unit.Code, [unit.Code], veto.Indicator, veto.When.ToString(),
            raw.Numerator, raw.Denominator, value.ToDecimal(), value.ToString(),
            measurement.Interval?.Lower, measurement.Interval?.Upper,
            measurement.FairnessAgainst(veto.When, meaningfulIfWholeIntervalHolds: true), evidence);
    }

    /// <summary>
    /// <c>propagates: n</c>: the same veto on each ancestor up to n levels, each with the path from the unit where
    /// it held (community → street → district). Stops where the tree has no parent.
    /// </summary>
    public static IEnumerable<VetoResult> Propagate(VetoResult own, int levels, IReadOnlyDictionary<string, OrgUnit> tree)
    {
        var path = new List<string>(own.Path);
        var current = tree[own.UnitCode];
        for (var step = 1; step <= levels; step++)
        {
            if (current.ParentCode is null || !tree.TryGetValue(current.ParentCode, out var parent)) yield break;
            path.Add(parent.Code);
            yield return own with { UnitCode = parent.Code, Path = [.. path] };
            current = parent;
        }
    }
}
