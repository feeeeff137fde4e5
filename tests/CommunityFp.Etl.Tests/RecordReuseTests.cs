using CommunityFp.Etl.Tests.Support;
using CommunityFp.Generator;

namespace CommunityFp.Etl.Tests;

/// <summary>
/// Reusing the records a batch writes exactly as the scope's previous batch did (<see cref="WarehouseLoader.ReuseUnchangedRecords"/>)
/// must give the warehouse, quarantine, warnings and audit counts of reading every record.
/// </summary>
public sealed class RecordReuseTests(TempRoot root) : IClassFixture<TempRoot>
{
    private static ReuseComparison.Result LoadAll(string db, bool reuse, IReadOnlyList<string> folders, bool loaderPerBatch = false) =>
        ReuseComparison.LoadAll(db, reuse, folders, loaderPerBatch);

    private void AssertSameWithAndWithoutReuse(IReadOnlyList<string> folders, bool loaderPerBatch = false) =>
        ReuseComparison.AssertSameWithAndWithoutReuse(root, folders, loaderPerBatch);

    [Fact]
    public void The_tiny_world_with_realistic_defects_loads_the_same_with_and_without_reuse()
    {
        var batches = root.NewFolder("tiny");
        RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, batches, Defects: DefectLevel.Realistic));
        AssertSameWithAndWithoutReuse(BatchDiscoveryOrder(batches));
        AssertSameWithAndWithoutReuse(BatchDiscoveryOrder(batches), loaderPerBatch: true);
    }

    private static List<string> BatchDiscoveryOrder(string path) => Verification.BatchDiscovery.Find([path]).ToList();

    private static BatchBuilder Month(string asOf, string exported) => new() { AsOf = asOf, ExportedAt = exported };

    [Fact]
    public void Batch_context_rules_are_checked_for_unchanged_rows_too()
    {
        // m1: the defaults. m2: R2 (R1's spouse and B1's father) is deleted, a new row repeats R3's id, V1 is
        // written twice, a new birth B0 of R1 earlier than B1 makes B1's birth order too low.
        // m3: R4's community unit disappears from org_units (R4 unchanged but now invalid). m4: back to the defaults.
        var m1 = Month("2007-03-31", "2007-04-03T09:00:00+08:00");
        var m2 = Month("2007-04-30", "2007-05-03T09:00:00+08:00");
        m2.Set("residents", [.. m1.Records("residents").Where(x => !x.StartsWith("R2,", StringComparison.Ordinal)),
            BatchBuilder.Resident("R3", "李丽丽", 2, "1990-01-21")]);
        m2.Add("followups", m1.Records("followups")[0]);
        m2.Add("births", "B0,R1,,,2004-02-01,1,1,C1,220202001001,2004-02-20");
        var m3 = Month("2007-05-31", "2007-06-03T09:00:00+08:00");
        m3.Set("org_units", [.. m1.Records("org_units").Where(x => !x.StartsWith("220202001002,", StringComparison.Ordinal))]);
        var m4 = Month("2007-06-30", "2007-07-03T09:00:00+08:00");
        var folders = new[] { m1, m2, m3, m4 }.Select((m, i) => m.Write(root.NewFolder(), $"m{i}")).ToList();
        AssertSameWithAndWithoutReuse(folders);
        AssertSameWithAndWithoutReuse(folders, loaderPerBatch: true);

        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        foreach (var f in folders) Loads.LoadOne(loader, f);
        var m2Ord = Warehouse.Lines(loader.Connection, "select version_ord from batch_versions where as_of = DATE '2007-04-30'")[0];
        var kinds = Warehouse.Lines(loader.Connection, $"select file || ':' || record_key || ':' || kind from row_warnings where version_ord = {m2Ord} order by all");
        Assert.Contains("births.csv:B1:BirthOrderTooLow", kinds);
        Assert.Contains("births.csv:B1:UnknownFather", kinds);
        Assert.Contains("residents.csv:R1:UnknownSpouse", kinds);
        var quarantined = Warehouse.Lines(loader.Connection, $"select file || ':' || record_key from quarantine where version_ord = {m2Ord} order by all");
        Assert.Equal(["followups.csv:V1", "followups.csv:V1", "residents.csv:R3", "residents.csv:R3"], quarantined);
    }

    [Fact]
    public void Out_of_order_and_resent_batches_give_the_in_order_warehouse_with_reuse()
    {
        var m1 = Month("2007-03-31", "2007-04-03T09:00:00+08:00");
        var m2 = Month("2007-04-30", "2007-05-03T09:00:00+08:00");
        m2.Set("residents", [.. m1.Records("residents").Skip(1)]);
        var m2b = Month("2007-04-30", "2007-05-09T09:00:00+08:00");
        var m3 = Month("2007-05-31", "2007-06-03T09:00:00+08:00");
        m3.Add("residents", BatchBuilder.Resident("R9", "孙丽", 2, "1991-02-03"));
        var f = new[] { m1, m2, m2b, m3 }.Select((m, i) => m.Write(root.NewFolder(), $"v{i}")).ToList();
        var inOrder = LoadAll(root.NewWarehouse(), reuse: true, f);
        foreach (var order in new[] { new[] { 0, 2, 1, 3 }, [3, 2, 1, 0], [0, 1, 3, 2, 1], [1, 0, 2, 3] })
        {
            Assert.Equal(inOrder.Dump, LoadAll(root.NewWarehouse(), reuse: true, order.Select(i => f[i]).ToList()).Dump);
            Assert.Equal(inOrder.Dump, LoadAll(root.NewWarehouse(), reuse: true, order.Select(i => f[i]).ToList(), loaderPerBatch: true).Dump);
        }
    }
}
