using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

public sealed class SmokeTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void A_valid_batch_loads_every_row()
    {
        var batch = new BatchBuilder().Write(root.NewFolder());
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var summary = loader.Load([batch]);
        var b = Assert.Single(summary.Batches);
        Assert.True(b.Result == BatchResult.Loaded, b.Reason);
        Assert.Equal(0, b.RowsQuarantined);
        Assert.Equal(b.RowsRead, b.RowsLoaded);
        Assert.Equal(4, Warehouse.Count(loader.Connection, "select count(*) from hist_residents"));
        Assert.Equal(4, Warehouse.Count(loader.Connection, "select count(*) from residents_state(DATE '2007-12-31', DATE '2099-01-01')"));
    }
}
