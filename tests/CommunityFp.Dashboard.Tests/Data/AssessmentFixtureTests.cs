namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>The fixture's stored run holds the hand-made veto: guards the data the assessment pages are tested on.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class AssessmentFixtureTests(DashboardFixture fixture)
{
    [Fact]
    public void The_run_of_2007_is_stored_with_its_id()
    {
        Assert.StartsWith("2007-", fixture.Warehouse.RunId, StringComparison.Ordinal);
    }
}
