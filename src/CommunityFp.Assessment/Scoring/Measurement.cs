using CommunityFp.Assessment.Indicators;
using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Numbers;
using CommunityFp.Assessment.Results;

namespace CommunityFp.Assessment.Scoring;

/// <summary>An indicator's value for one unit and year: exact, with its interval when it is a proportion.</summary>
public sealed record Measurement(IndicatorDefinition Definition, IndicatorValue? Raw, Rational? Value, Interval? Interval)
{
    public bool HasData => Value is not null;

    public IReadOnlyList<EvidenceRecord> Evidence => Raw?.Evidence ?? [];

    public static Measurement Of(IndicatorDefinition definition, IndicatorValue? raw)
    {
        if (raw is null) return new(definition, null, null, null);
        return definition.Kind switch
        {
            IndicatorKind.Count => new(definition, raw, raw.Numerator, null),
            IndicatorKind.Proportion => Proportion(definition, raw),
            _ => raw.Denominator is null or 0
                ? new(definition, raw, null, null)
                : new(definition, raw, Rational.Of(raw.Numerator, raw.Denominator.Value) * definition.Scale, null),
        };
    }

    private static Measurement Proportion(IndicatorDefinition definition, IndicatorValue raw)
    {
        if (raw.Denominator is not { } denominator)
            throw new InvalidOperationException($"'{definition.Id}' is a proportion: the inputs must give its denominator.");
        if (denominator == 0) return new(definition, raw, null, null); // denominator 0 = no data, never 0%
        if (raw.Numerator < 0 || raw.Numerator > denominator)
            throw new InvalidOperationException($"'{definition.Id}': numerator {raw.Numerator} outside [0, {denominator}].");
        return new(definition, raw, Rational.Of(raw.Numerator, denominator), WilsonInterval.Of(raw.Numerator, denominator));
    }

    /// <summary>
    /// Whether a failed (or, for a veto, a holding) condition could be noise: only a proportion's Wilson interval can
    /// say. <paramref name="meaningfulIfWholeIntervalHolds"/> is true for a veto (meaningful when the whole interval
    /// lies where the veto holds) and false for a target (meaningful when the whole interval misses it).
    /// </summary>
    public Fairness FairnessAgainst(Comparison condition, bool meaningfulIfWholeIntervalHolds)
    {
        if (!HasData) return Fairness.NoData;
        if (Definition.Kind == IndicatorKind.Count) return Fairness.NoNoiseQuestion;
        if (Interval is null) return Fairness.NoInterval;
        var whole = condition.HoldsForWholeInterval(Interval);
        return whole == meaningfulIfWholeIntervalHolds ? Fairness.Meaningful : Fairness.CouldBeNoise;
    }

    public decimal? Rounded => Value?.ToDecimal();
}
