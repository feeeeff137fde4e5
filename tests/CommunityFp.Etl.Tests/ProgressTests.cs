using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

public sealed class ProgressTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void Progress_is_reported_per_file_with_the_batchs_rows_done_so_far_and_a_rate()
    {
        var seen = new List<LoadProgress>();
        var folder = new BatchBuilder().Write(root.NewFolder());
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Assert.Single(loader.Load([folder], new Sync(seen.Add)).Batches);
        var files = seen.Where(p => p.File is not null).ToList();
        Assert.Equal(11, files.Count);
        Assert.Equal(files.Select(p => p.Rows).Order(), files.Select(p => p.Rows));
        Assert.All(seen, p => Assert.Equal(b.RowsRead, p.RowsTotal));
        Assert.Equal(b.RowsRead, seen[^1].Rows);
        Assert.All(files, p => Assert.True(p.RowsPerSecond > 0));
        Assert.All(seen, p => Assert.DoesNotContain("张秀英", p.ToString()));
    }

    private sealed class Sync(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
