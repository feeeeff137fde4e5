namespace CommunityFp.Etl.Tests.Support;

/// <summary>Assertions every load test shares.</summary>
public static class Loads
{
    /// <summary>Rows read = rows loaded + rows quarantined, for the batch and every file.</summary>
    public static void AssertBalanced(BatchOutcome b)
    {
        Assert.Equal(b.RowsRead, b.RowsLoaded + b.RowsQuarantined);
        foreach (var f in b.Files) Assert.True(f.RowsRead == f.RowsLoaded + f.RowsQuarantined, f.File);
    }

    public static BatchOutcome LoadOne(WarehouseLoader loader, string folder)
    {
        var b = Assert.Single(loader.Load([folder]).Batches);
        if (b.Result != BatchResult.Refused) AssertBalanced(b);
        return b;
    }
}
