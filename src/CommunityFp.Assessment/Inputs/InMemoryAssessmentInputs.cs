namespace CommunityFp.Assessment.Inputs;

/// <summary>Inputs held in memory: for tests, fixtures and what-if runs. Fill it, then pass it to a run.</summary>
public sealed class InMemoryAssessmentInputs : IAssessmentInputs
{
    private readonly SortedDictionary<int, List<OrgUnit>> _trees = [];
    private readonly Dictionary<(string Unit, string Indicator, int Year), IndicatorValue> _values = [];
    private readonly HashSet<(string Unit, int Year)> _vetoed = [];
    private readonly List<string> _batchIds = [];

    public DateOnly? KnowledgeDate { get; set; }

    public IReadOnlyList<string> BatchIds => _batchIds;

    public IReadOnlyList<int> Years => [.. _trees.Keys];

    public InMemoryAssessmentInputs AddBatch(string batchId)
    {
        _batchIds.Add(batchId);
        return this;
    }

    /// <summary>Adds a unit to the tree of each given year.</summary>
    public InMemoryAssessmentInputs AddUnit(string code, AssessmentLevel level, string? parentCode, string name, params int[] years)
    {
        foreach (var year in years)
        {
            if (!_trees.TryGetValue(year, out var tree)) _trees[year] = tree = [];
            tree.Add(new OrgUnit(code, level, parentCode, name));
        }
        return this;
    }

    public InMemoryAssessmentInputs Set(string unitCode, string indicatorId, int year, IndicatorValue value)
    {
        _values[(unitCode, indicatorId, year)] = value;
        return this;
    }

    public InMemoryAssessmentInputs SetRate(string unitCode, string indicatorId, int year, long numerator, long denominator, params EvidenceRecord[] evidence) =>
        Set(unitCode, indicatorId, year, IndicatorValue.Rate(numerator, denominator, evidence));

    public InMemoryAssessmentInputs SetCount(string unitCode, string indicatorId, int year, long count, params EvidenceRecord[] evidence) =>
        Set(unitCode, indicatorId, year, IndicatorValue.Count(count, evidence));

    public InMemoryAssessmentInputs Remove(string unitCode, string indicatorId, int year)
    {
        _values.Remove((unitCode, indicatorId, year));
        return this;
    }

    public InMemoryAssessmentInputs MarkVetoed(string unitCode, int year)
    {
        _vetoed.Add((unitCode, year));
        return this;
    }

    /// <summary>Remembers every unit vetoed in a stored run, as the warehouse answers <see cref="WasVetoed"/> from its runs.</summary>
    public InMemoryAssessmentInputs RecordVetoes(Results.AssessmentResult run)
    {
        foreach (var unit in run.Units.Where(u => u.Vetoed)) MarkVetoed(unit.UnitCode, run.Run.Year);
        return this;
    }

    public IReadOnlyList<OrgUnit> OrgTree(int year) => _trees.TryGetValue(year, out var tree) ? tree : [];

    public IndicatorValue? Get(string unitCode, string indicatorId, int year) =>
        _values.TryGetValue((unitCode, indicatorId, year), out var value) ? value : null;

    public bool WasVetoed(string unitCode, int year) => _vetoed.Contains((unitCode, year));
}
