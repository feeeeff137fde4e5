using CommunityFp.Exports.Suppression;

namespace CommunityFp.Exports.Tests;

/// <summary>Which margin equations a reader can use: only those that hold in the data and carry a value.</summary>
public sealed class MarginEquationsTests
{
    private static readonly Margin Org = new("org", "unused");

    private static readonly Dictionary<Margin, IReadOnlyDictionary<string, string>> Parents = new()
    {
        [Org] = new Dictionary<string, string> { ["a"] = "P", ["b"] = "P" },
    };

    private static CellTable Table(long? parent, long? a, long? b)
    {
        var table = new CellTable(["org"], ["n"]);
        table.Add(["P"], [parent]).Add(["a"], [a]).Add(["b"], [b]);
        return table;
    }

    [Fact]
    public void A_parent_equal_to_the_sum_of_its_children_is_an_equation() =>
        Assert.Single(MarginEquations.Build(Table(10, 4, 6), [Org], Parents));

    [Fact]
    public void A_parent_that_is_not_the_sum_of_its_children_is_no_equation()
    {
        // a community closed during the period: its records count for the street, but it has no row of its own
        Assert.Empty(MarginEquations.Build(Table(12, 4, 6), [Org], Parents));
    }

    [Fact]
    public void A_column_null_throughout_is_no_equation() =>
        Assert.Empty(MarginEquations.Build(Table(null, null, null), [Org], Parents));

    [Fact]
    public void A_false_margin_does_not_stop_the_suppressor()
    {
        // 2 is small; with the false equation 12 = 2 + 9 it would look "determined" through withheld cells alone
        var table = Table(12, 2, 9);
        var outcome = SmallCellSuppressor.Run(table, new SuppressionSpec { KeyColumns = ["org"], CountColumns = ["n"], Margins = [Org] }, 5, Parents);
        Assert.Equal(1, outcome.Summary.PrimaryCells);
        Assert.Equal(0, outcome.Summary.SecondaryCells);
    }
}
