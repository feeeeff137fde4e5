namespace CommunityFp.Models;

/// <summary>The outcome of one data test: how many rows break it and a few of them, formatted for a report.</summary>
public sealed record DataTestResult(string Model, DataTest Test, long FailingRows, IReadOnlyList<string> ExampleRows)
{
    public bool Passed => FailingRows == 0;

    /// <summary>How long the test's query ran.</summary>
    public TimeSpan Elapsed { get; init; }

    public override string ToString() =>
        Passed ? $"{Model}: {Test.Name} passed"
            : $"{Model}: {Test.Name} {(Test.Severity == TestSeverity.Warn ? "warns" : "fails")} on {FailingRows} row(s), e.g.\n    "
              + string.Join("\n    ", ExampleRows);
}
