using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

public sealed class CancellationTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void Cancelling_mid_batch_rolls_the_batch_back_and_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        var progress = new Sync(p => { if (p.File == "births.csv") cts.Cancel(); });
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Assert.ThrowsAny<OperationCanceledException>(() => loader.Load([new BatchBuilder().Write(root.NewFolder())], progress, cts.Token));
        Assert.Equal(0, Warehouse.Count(loader.Connection, "select count(*) from batch_versions"));
        Assert.Equal(0, Warehouse.Count(loader.Connection, "select count(*) from hist_residents"));
        Assert.Equal(BatchResult.Loaded, Loads.LoadOne(loader, new BatchBuilder().Write(root.NewFolder())).Result);
    }

    private sealed class Sync(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
