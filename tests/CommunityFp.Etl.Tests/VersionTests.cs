using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>registers.md: versions of one (scope, as_of) ordered by exported_at; re-sends; conflicts; the audit.</summary>
public sealed class VersionTests(TempRoot root) : IClassFixture<TempRoot>
{
    private const string Early = "2007-04-03T09:30:00+08:00", Late = "2007-04-10T16:00:00+08:00";

    private string V(string exported, string name3 = "李丽") => new BatchBuilder { ExportedAt = exported }
        .Set("residents",
            BatchBuilder.Resident("R1", "张秀英", 2, "1980-05-12", marital: 20, spouse: "R2"),
            BatchBuilder.Resident("R2", "王建国", 1, "1978-11-02", marital: 20, spouse: "R1"),
            BatchBuilder.Resident("R3", name3, 2, "1990-01-20"))
        .Write(root.NewFolder());

    private static List<string> Names(WarehouseLoader l, string knownAt) => Warehouse.Lines(l.Connection,
        $"select name from residents_state(DATE '2007-03-31', DATE '{knownAt}') order by record_key");

    [Fact]
    public void A_resend_with_the_same_files_and_checksums_is_unchanged()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var first = V(Early);
        var copy = root.NewFolder();
        foreach (var f in Directory.GetFiles(first)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        Assert.Equal(BatchResult.Loaded, Loads.LoadOne(loader, first).Result);
        var again = Loads.LoadOne(loader, copy);
        Assert.Equal(BatchResult.Unchanged, again.Result);
        Assert.Equal(1, Warehouse.Count(loader.Connection, "select count(*) from batch_versions"));
        Assert.Equal(["Loaded|True", "Unchanged|True"],
            Warehouse.Lines(loader.Connection, "select outcome, is_current from load_audit where file is null order by arrival_seq"));
    }

    [Fact]
    public void A_later_export_replaces_the_current_version_and_the_earlier_stays_known_before_it()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Assert.Equal(BatchResult.Loaded, Loads.LoadOne(loader, V(Early)).Result);
        Assert.Equal(BatchResult.Replaced, Loads.LoadOne(loader, V(Late, "李莉")).Result);
        Assert.Equal(["张秀英", "王建国", "李莉"], Names(loader, "2099-01-01"));
        Assert.Equal(["张秀英", "王建国", "李丽"], Names(loader, "2007-04-05"));   // as known before the re-export
        Assert.Empty(Names(loader, "2007-04-02"));                                 // nothing known yet
        Assert.Equal(["Loaded|False", "Replaced|True"],
            Warehouse.Lines(loader.Connection, "select outcome, is_current from load_audit where file is null order by arrival_seq"));
    }

    [Fact]
    public void An_earlier_export_arriving_later_is_loaded_but_superseded()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Assert.Equal(BatchResult.Loaded, Loads.LoadOne(loader, V(Late, "李莉")).Result);
        Assert.Equal(BatchResult.Superseded, Loads.LoadOne(loader, V(Early)).Result);
        Assert.Equal(["张秀英", "王建国", "李莉"], Names(loader, "2099-01-01"));
        Assert.Equal(["张秀英", "王建国", "李丽"], Names(loader, "2007-04-05"));
        Assert.Equal(["Loaded|True", "Superseded|False"],
            Warehouse.Lines(loader.Connection, "select outcome, is_current from load_audit where file is null order by arrival_seq"));
    }

    [Fact]
    public void A_different_version_with_the_same_exported_at_is_a_conflict_and_refused()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Loads.LoadOne(loader, V(Early));
        var b = Loads.LoadOne(loader, V("2007-04-03T01:30:00Z", "李莉"));   // the same instant, written in UTC
        Assert.Equal(BatchResult.Refused, b.Result);
        Assert.Contains("conflict", b.Reason);
        Assert.Equal(["张秀英", "王建国", "李丽"], Names(loader, "2099-01-01"));
    }
}
