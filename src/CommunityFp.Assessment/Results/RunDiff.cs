namespace CommunityFp.Assessment.Results;

/// <summary>What changed between two runs (e.g. before and after late corrections): a restatement's explanation.</summary>
public sealed record RunDiff(RunInputs RunA, RunInputs RunB, IReadOnlyList<UnitChange> Units);

/// <summary>
/// A unit whose score, standards or veto changed (or that is only in one run), with the criteria that moved.
/// <see cref="Changes"/> holds "added", "removed", "score", "standards", "veto".
/// </summary>
public sealed record UnitChange(
    string UnitCode,
    string Level,
    IReadOnlyList<string> Changes,
    decimal? ScoreA,
    decimal? ScoreB,
    IReadOnlyList<string> StandardsA,
    IReadOnlyList<string> StandardsB,
    IReadOnlyList<string> VetoesA,
    IReadOnlyList<string> VetoesB,
    IReadOnlyList<CriterionChange> Criteria);

/// <summary>A criterion whose value, points or no-data handling differ between the runs.</summary>
public sealed record CriterionChange(
    int CriterionOrder,
    string Indicator,
    string? ValueA,
    string? ValueB,
    decimal? PointsA,
    decimal? PointsB,
    decimal? PointsDelta);

public static class AssessmentDiff
{
    public static RunDiff Diff(AssessmentResult a, AssessmentResult b)
    {
        var unitsA = a.Units.ToDictionary(u => u.UnitCode, StringComparer.Ordinal);
        var unitsB = b.Units.ToDictionary(u => u.UnitCode, StringComparer.Ordinal);
        var sideA = new Side(a);
        var sideB = new Side(b);
        var changes = unitsA.Keys.Union(unitsB.Keys).Order(StringComparer.Ordinal)
            .Select(code => Compare(code, unitsA.GetValueOrDefault(code), unitsB.GetValueOrDefault(code), sideA, sideB))
            .OfType<UnitChange>()
            .ToArray();
        return new RunDiff(a.Run, b.Run, changes);
    }

    /// <summary>A run's vetoes and criteria by unit, looked up once.</summary>
    private sealed class Side(AssessmentResult run)
    {
        public ILookup<string, VetoResult> Vetoes { get; } = run.Vetoes.ToLookup(v => v.UnitCode, StringComparer.Ordinal);
        public ILookup<string, CriterionResult> Criteria { get; } = run.Criteria.ToLookup(c => c.UnitCode, StringComparer.Ordinal);
    }

    private static UnitChange? Compare(string code, UnitResult? a, UnitResult? b, Side runA, Side runB)
    {
        var vetoesA = VetoKeys(runA, code);
        var vetoesB = VetoKeys(runB, code);
        var changes = new List<string>();
        if (a is null) changes.Add("added");
        else if (b is null) changes.Add("removed");
        else
        {
            if (a.ScoreExact != b.ScoreExact) changes.Add("score");
            if (!a.StandardsAttained.SequenceEqual(b.StandardsAttained)) changes.Add("standards");
            if (a.Vetoed != b.Vetoed || !vetoesA.SequenceEqual(vetoesB)) changes.Add("veto");
        }
        if (changes.Count == 0) return null;
        return new UnitChange(
            code, (a ?? b)!.Level, changes, a?.Score, b?.Score, a?.StandardsAttained ?? [], b?.StandardsAttained ?? [],
            vetoesA, vetoesB, MovedCriteria(code, runA, runB));
    }

    /// <summary>"rule@origin" per veto, e.g. "illegal_multiple_birth@22020101".</summary>
    private static string[] VetoKeys(Side run, string code) =>
        [.. run.Vetoes[code].Select(v => $"{v.RuleId}@{v.OriginUnitCode}").Order(StringComparer.Ordinal)];

    private static CriterionChange[] MovedCriteria(string code, Side runA, Side runB)
    {
        var a = runA.Criteria[code].ToDictionary(c => (c.CriterionOrder, c.Indicator));
        var b = runB.Criteria[code].ToDictionary(c => (c.CriterionOrder, c.Indicator));
        return [.. a.Keys.Union(b.Keys).OrderBy(k => k.CriterionOrder).ThenBy(k => k.Indicator, StringComparer.Ordinal)
            .Select(k => (Key: k, A: a.GetValueOrDefault(k), B: b.GetValueOrDefault(k)))
            .Where(p => p.A?.ValueExact != p.B?.ValueExact || p.A?.PointsExact != p.B?.PointsExact || p.A?.WhenNoData != p.B?.WhenNoData)
            .Select(p => new CriterionChange(
                p.Key.CriterionOrder, p.Key.Indicator, p.A?.ValueExact, p.B?.ValueExact, p.A?.Points, p.B?.Points,
                p.A is not null && p.B is not null ? p.B.Points - p.A.Points : null))];
    }
}
