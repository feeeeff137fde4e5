namespace CommunityFp.Models;

/// <summary>How a failing data test affects the build.</summary>
public enum TestSeverity
{
    /// <summary>The build fails.</summary>
    Error,

    /// <summary>Reported with its discrepancy; the build goes on.</summary>
    Warn,
}

/// <summary>
/// A data test of a model, as a query returning the offending rows (none = pass), dbt-style.
/// </summary>
/// <param name="Name">What is tested, e.g. <c>unique(org_code, period)</c>.</param>
/// <param name="FailingRowsSql">A select of the rows that break the rule; column names come from the model file, never user input.</param>
/// <param name="Severity">Error fails the build; warn is reported.</param>
/// <param name="Parameters">Values bound to the query's <c>?</c> placeholders, in order (accepted values).</param>
/// <param name="RebuiltRowsSql">For an incremental model, the same query over the rows it rebuilt (read from the
/// <c>build_rebuilt</c> table), when checking those is enough: the rule is about each row alone, or a unique key that
/// includes the partition. Null = the test always reads the whole model.</param>
public sealed record DataTest(string Name, string FailingRowsSql, TestSeverity Severity = TestSeverity.Error,
    IReadOnlyList<string>? Parameters = null, string? RebuiltRowsSql = null)
{
    /// <summary>True when the test reads only its model's rows (unique, not null, accepted values, expressions).</summary>
    public bool OwnRowsOnly { get; init; }

    /// <summary>For a <c>unique</c> test of error severity: its columns.</summary>
    public IReadOnlyList<string>? UniqueColumns { get; init; }
}
