using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>One batch = one transaction: a load killed with SIGKILL at any point leaves the warehouse as before it.</summary>
public sealed class AtomicityTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Theory]
    [InlineData("after-org_units")]
    [InlineData("after-residents")]
    [InlineData("after-evaluations")]
    [InlineData("before-commit")]
    public void A_load_killed_mid_batch_leaves_the_warehouse_as_before_and_loading_again_succeeds(string point)
    {
        var db = root.NewWarehouse();
        var march = new BatchBuilder().Write(root.NewFolder());
        var april = new BatchBuilder { AsOf = "2007-04-30", ExportedAt = "2007-05-03T09:00:00+08:00" }
            .Add("residents", BatchBuilder.Resident("R9", "刘洋", 2, "1985-01-01"), "bad,row").Write(root.NewFolder());
        List<string> before;
        using (var loader = WarehouseLoader.Open(db))
        {
            Loads.LoadOne(loader, march);
            before = [.. Canonical.Dump(loader.Connection), .. Warehouse.Lines(loader.Connection, "select outcome, file from load_audit order by all")];
        }

        var signal = Path.Combine(root.NewFolder(), "signal");
        using (var child = ChildProcess.Start(new Dictionary<string, string> { ["CFP_ETL_PAUSE_AT"] = point, ["CFP_ETL_PAUSE_SIGNAL"] = signal }, "load", db, april))
        {
            child.WaitForSignal(signal);
            child.Kill();
        }

        using (var loader = WarehouseLoader.Open(db))
        {
            List<string> after = [.. Canonical.Dump(loader.Connection), .. Warehouse.Lines(loader.Connection, "select outcome, file from load_audit order by all")];
            Assert.Equal(before, after);
            var b = Loads.LoadOne(loader, april);
            Assert.Equal(BatchResult.Loaded, b.Result);
            Assert.Equal(1, b.RowsQuarantined);
        }
    }
}
