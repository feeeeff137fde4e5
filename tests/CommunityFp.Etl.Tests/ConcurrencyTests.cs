using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>One writer process; readers in the same process see whole batches only.</summary>
public sealed class ConcurrencyTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void A_second_process_opening_a_held_warehouse_gets_warehouse_busy_and_nothing_is_corrupted()
    {
        var db = root.NewWarehouse();
        using (var loader = WarehouseLoader.Open(db)) Loads.LoadOne(loader, new BatchBuilder().Write(root.NewFolder()));
        using (var loader = WarehouseLoader.Open(db))
        {
            using var child = ChildProcess.Start(null, "open", db);
            var (code, output) = child.WaitForExit();
            Assert.Equal(3, code);
            Assert.Contains($"warehouse busy: {db} is being used by another process", output);
            Assert.Equal(4, Warehouse.Count(loader.Connection, "select count(*) from hist_residents"));
        }
    }

    [Fact]
    public void Opening_a_warehouse_another_process_holds_fails_fast_or_after_the_wait()
    {
        var db = root.NewWarehouse();
        using (WarehouseLoader.Open(db)) { }
        var signal = Path.Combine(root.NewFolder(), "held");
        using (var child = ChildProcess.Start(null, "hold", db, signal))
        {
            child.WaitForSignal(signal);
            var fast = Assert.Throws<WarehouseBusyException>(() => WarehouseLoader.Open(db));
            Assert.StartsWith("warehouse busy: ", fast.Message);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Assert.Throws<WarehouseBusyException>(() => WarehouseLoader.Open(db, TimeSpan.FromSeconds(1)));
            Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 30);
            child.Kill();
        }
        using var again = WarehouseLoader.Open(db, TimeSpan.FromSeconds(10));
        Assert.Equal(0, Warehouse.Count(again.Connection, "select count(*) from batch_versions"));
    }

    [Fact]
    public void A_reader_connection_sees_the_warehouse_before_or_after_a_batch_never_half_loaded()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        using var reader = loader.OpenReader();
        var seen = new List<(long Versions, long Residents, long Births)>();
        var progress = new SyncProgress(_ => seen.Add((
            Warehouse.Count(reader, "select count(*) from batch_versions"),
            Warehouse.Count(reader, "select count(*) from hist_residents"),
            Warehouse.Count(reader, "select count(*) from hist_births"))));
        loader.Load([new BatchBuilder().Write(root.NewFolder())], progress);
        Assert.True(seen.Count >= 12);
        Assert.All(seen.SkipLast(1), s => Assert.Equal((0L, 0L, 0L), s));   // during the transaction: before
        Assert.Equal((1L, 4L, 1L), seen[^1]);                                 // reported after commit: after
    }

    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
