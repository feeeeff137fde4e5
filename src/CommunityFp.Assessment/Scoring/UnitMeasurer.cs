using CommunityFp.Assessment.Indicators;
using CommunityFp.Assessment.Inputs;

namespace CommunityFp.Assessment.Scoring;

/// <summary>
/// Measures indicators for one unit of one year: territory indicators from the inputs,
/// <c>share_of_children_attaining:X</c> from the children's results already computed in this run.
/// </summary>
internal sealed class UnitMeasurer(IAssessmentInputs inputs, OrgUnit unit, int year, Func<string, IReadOnlyList<string>> childStandards, IReadOnlyList<OrgUnit> children)
{
    private readonly Dictionary<string, Measurement> _cache = new(StringComparer.Ordinal);

    public Measurement Measure(string indicator)
    {
        if (_cache.TryGetValue(indicator, out var cached)) return cached;
        var definition = IndicatorCatalog.Find(indicator)
            ?? throw new InvalidOperationException($"unknown indicator '{indicator}' (schemes are validated when loaded)");
        var raw = IndicatorCatalog.TryGetChildStandard(indicator, out var standard)
            ? ShareOfChildren(standard)
            : inputs.Get(unit.Code, indicator, year);
        return _cache[indicator] = Measurement.Of(definition, raw);
    }

    /// <summary>Children attaining ÷ children valid at 31 Dec (vetoed children count, attaining nothing); none = no data.</summary>
    private IndicatorValue ShareOfChildren(string standard) =>
        IndicatorValue.Rate(children.Count(c => childStandards(c.Code).Contains(standard)), children.Count);
}
