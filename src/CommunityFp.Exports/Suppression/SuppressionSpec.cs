namespace CommunityFp.Exports.Suppression;

/// <summary>
/// How an aggregate export's small cells are suppressed. A <em>cell</em> is one count column of one row; rows are
/// identified by <see cref="KeyColumns"/>. Counts 1 … k−1 are suppressed (primary); then enough other cells are
/// suppressed (secondary) that no suppressed cell follows from the published cells through the margins
/// (parent = sum of its children), the rate pairs and the derived columns.
/// </summary>
public sealed record SuppressionSpec
{
    /// <summary>Columns that identify a row (unit, indicator, period_type, period …); must be unique together.</summary>
    public required IReadOnlyList<string> KeyColumns { get; init; }

    /// <summary>Counts of people or events (numerator, denominator, count): the cells primary suppression looks at.</summary>
    public required IReadOnlyList<string> CountColumns { get; init; }

    /// <summary>Columns computed from counts of the same row (value, ci_low, ci_high): withheld whenever one of
    /// their counts is, since with the other count they would give it back (numerator = value × denominator).</summary>
    public IReadOnlyList<DerivedColumn> Derived { get; init; } = [];

    /// <summary>Numerator/denominator pairs: a small complement (denominator − numerator, e.g. 2 non-users of 100)
    /// is as disclosive as a small count, so the numerator is suppressed then too.</summary>
    public IReadOnlyList<RatePair> RatePairs { get; init; } = [];

    /// <summary>Additive margins: along a key column, a parent's count is the sum of its children's.</summary>
    public IReadOnlyList<Margin> Margins { get; init; } = [];

    /// <summary>The status column added to the export: <c>none</c>, <c>primary</c> or <c>secondary</c> per row.</summary>
    public string StatusColumn { get; init; } = "suppression";
}

/// <summary>A column computed from count columns of its row.</summary>
public sealed record DerivedColumn(string Column, IReadOnlyList<string> From);

public sealed record RatePair(string Numerator, string Denominator);

/// <summary>
/// A hierarchy along <paramref name="Column"/>: <paramref name="ParentsSql"/> returns (child, parent) pairs as text,
/// e.g. community → street → district → city from org_units, or month → quarter → year. For every other key
/// combination, the parent's row counts equal the sum of its children's rows (every count column). When
/// <paramref name="OnlyWhereColumn"/> is set, the margin holds only for rows whose value there is one of
/// <paramref name="OnlyWhereValues"/> (e.g. months add up to a year for births but not for population).
/// </summary>
public sealed record Margin(string Column, string ParentsSql, string? OnlyWhereColumn = null, IReadOnlyList<string>? OnlyWhereValues = null);
