using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>SCD2 history: deletions, reappearance, stand-ins for quarantined rows, arrival-order independence.</summary>
public sealed class HistoryTests(TempRoot root) : IClassFixture<TempRoot>
{
    private static readonly string R1 = BatchBuilder.Resident("R1", "张秀英", 2, "1980-05-12", marital: 20, spouse: "R2");
    private static readonly string R2 = BatchBuilder.Resident("R2", "王建国", 1, "1978-11-02", marital: 20, spouse: "R1");
    private static readonly string R3 = BatchBuilder.Resident("R3", "李丽", 2, "1990-01-20");
    private static readonly string R3Moved = BatchBuilder.Resident("R3", "李丽", 2, "1990-01-20", status: 2, statusDate: "2007-05-20");
    private static readonly string R3Bad = BatchBuilder.Resident("R3", "李丽", 9, "1990-01-20");   // sex 9: row error

    private static BatchBuilder Month(string asOf, string exported, params string[] residents) =>
        new BatchBuilder { AsOf = asOf, ExportedAt = exported }.Set("residents", residents);

    private static List<string> State(WarehouseLoader l, string d, string k = "2099-01-01") => Warehouse.Lines(l.Connection,
        $"select record_key || ':' || status || case when stood_in then '*' else '' end from residents_state(DATE '{d}', DATE '{k}') order by 1");

    [Fact]
    public void A_record_absent_from_the_next_batch_is_deleted_and_may_reappear()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        loader.Load([
            Month("2007-03-31", "2007-04-03T09:00:00+08:00", R1, R2, R3).Write(root.NewFolder(), "m03"),
            Month("2007-04-30", "2007-05-03T09:00:00+08:00", R1, R2).Write(root.NewFolder(), "m04"),
            Month("2007-05-31", "2007-06-03T09:00:00+08:00", R1, R2, R3).Write(root.NewFolder(), "m05"),
        ]);
        Assert.Equal(["R1:1", "R2:1", "R3:1"], State(loader, "2007-03-31"));
        Assert.Equal(["R1:1", "R2:1"], State(loader, "2007-04-30"));
        Assert.Equal(["R1:1", "R2:1", "R3:1"], State(loader, "2007-06-15"));
        Assert.Equal(2, Warehouse.Count(loader.Connection, "select count(*) from hist_residents where record_key = 'R3'"));
        Assert.Equal(1, Warehouse.Count(loader.Connection, "select count(*) from hist_residents where record_key = 'R1'"));
    }

    [Fact]
    public void A_quarantined_row_stands_in_with_the_previous_batchs_valid_version()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        loader.Load([
            Month("2007-03-31", "2007-04-03T09:00:00+08:00", R1, R2, R3).Write(root.NewFolder(), "m03"),
            Month("2007-04-30", "2007-05-03T09:00:00+08:00", R1, R2, R3Bad).Write(root.NewFolder(), "m04"),
            Month("2007-05-31", "2007-06-03T09:00:00+08:00", R1, R2, R3Bad).Write(root.NewFolder(), "m05"),
        ]);
        Assert.Equal(["R1:1", "R2:1", "R3:1*"], State(loader, "2007-04-30"));
        Assert.Equal(["R1:1", "R2:1", "R3:1*"], State(loader, "2007-05-31"));   // chained through April's stand-in
        // first appearance counts loaded rows only
        Assert.Equal(["R3|2007-03-31"], Warehouse.Lines(loader.Connection,
            "select record_key, strftime(min(first_as_of), '%Y-%m-%d') from residents_first_seen(DATE '2099-01-01') where record_key = 'R3' group by 1"));
    }

    [Fact]
    public void A_row_with_the_wrong_field_count_stands_in_too_unless_its_id_is_written_again()
    {
        var r3Short = R3[..R3.LastIndexOf(',')];                       // one field too few: cannot be split into columns
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        loader.Load([
            Month("2007-03-31", "2007-04-03T09:00:00+08:00", R1, R2, R3).Write(root.NewFolder(), "m03"),
            Month("2007-04-30", "2007-05-03T09:00:00+08:00", R1, R2, r3Short).Write(root.NewFolder(), "m04"),
            Month("2007-05-31", "2007-06-03T09:00:00+08:00", R1, R2, r3Short, R3Moved).Write(root.NewFolder(), "m05"),
        ]);
        Assert.Equal(["R1:1", "R2:1", "R3:1*"], State(loader, "2007-04-30"));   // not a deletion: March's R3 stands in
        Assert.Equal(["R1:1", "R2:1", "R3:2"], State(loader, "2007-05-31"));    // a valid R3 in the file decides
        Assert.Equal(["m04|R3", "m05|"], Warehouse.Lines(loader.Connection,
            "select case when as_of = DATE '2007-04-30' then 'm04' else 'm05' end, coalesce(record_key, '') from quarantine order by as_of"));
    }

    [Fact]
    public void A_quarantined_row_without_a_previous_version_is_absent()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        loader.Load([Month("2007-04-30", "2007-05-03T09:00:00+08:00", R1, R2, R3Bad).Write(root.NewFolder())]);
        Assert.Equal(["R1:1", "R2:1"], State(loader, "2007-04-30"));
    }

    private List<string> Series()
    {
        var dir = root.NewFolder("series");
        return
        [
            Month("2007-02-28", "2007-03-02T09:00:00+08:00", R1, R2).Write(dir, "a"),
            Month("2007-03-31", "2007-04-03T09:00:00+08:00", R1, R2, R3).Write(dir, "b"),
            Month("2007-03-31", "2007-04-09T09:00:00+08:00", R1, R3).Write(dir, "c"),               // re-export: R2 deleted
            Month("2007-04-30", "2007-05-03T09:00:00+08:00", R1, R2, R3Bad).Write(dir, "d"),        // R3 stands in
            Month("2007-05-31", "2007-06-03T09:00:00+08:00", R1, R2, R3Moved).Write(dir, "e"),
            Month("2007-06-30", "2007-07-03T09:00:00+08:00", R1, R3Moved).Write(dir, "f"),
            Month("2007-07-31", "2007-08-03T09:00:00+08:00", R1, R2).Write(dir, "g"),
        ];
    }

    [Fact]
    public void The_warehouse_after_any_arrival_order_equals_the_warehouse_after_in_order_arrival()
    {
        var batches = Series();
        List<string> DumpAfter(IEnumerable<string> order)
        {
            using var loader = WarehouseLoader.Open(root.NewWarehouse());
            foreach (var b in order)
                Assert.NotEqual(BatchResult.Refused, Loads.LoadOne(loader, b).Result);
            return Canonical.Dump(loader.Connection);
        }
        var inOrder = DumpAfter(batches);
        Assert.Contains(inOrder, l => l.StartsWith("standin_residents", StringComparison.Ordinal));
        Assert.Equal(inOrder, DumpAfter(Enumerable.Reverse(batches)));
        var rng = new Random(20070331);
        for (var i = 0; i < 3; i++)
            Assert.Equal(inOrder, DumpAfter(batches.OrderBy(_ => rng.Next()).ToArray()));
    }

    [Fact]
    public void State_as_known_at_a_date_uses_only_versions_exported_by_then()
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        foreach (var b in Enumerable.Reverse(Series())) Loads.LoadOne(loader, b);
        Assert.Equal(["R1:1", "R2:1", "R3:1"], State(loader, "2007-03-31", "2007-04-05"));
        Assert.Equal(["R1:1", "R3:1"], State(loader, "2007-03-31", "2007-04-09"));
        Assert.Equal(["R1:1", "R2:1"], State(loader, "2007-03-31", "2007-04-01"));   // only February known: its state
        Assert.Equal(["R1:1", "R2:1", "R3:1*"], State(loader, "2007-04-30"));
    }
}

public sealed class FirstAppearanceTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void First_appearance_counts_any_version_known_at_k_even_a_superseded_one()
    {
        var r1 = BatchBuilder.Resident("R1", "张秀英", 2, "1980-05-12");
        var r3 = BatchBuilder.Resident("R3", "李丽", 2, "1990-01-20");
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        loader.Load([
            new BatchBuilder { ExportedAt = "2007-04-03T09:00:00+08:00" }.Set("residents", r1, r3).Write(root.NewFolder(), "a"),
            new BatchBuilder { ExportedAt = "2007-04-10T09:00:00+08:00" }.Set("residents", r1).Write(root.NewFolder(), "b"),
            new BatchBuilder { AsOf = "2007-04-30", ExportedAt = "2007-05-03T09:00:00+08:00" }.Set("residents", r1, r3).Write(root.NewFolder(), "c"),
        ]);
        string First(string k) => Warehouse.Lines(loader.Connection,
            $"select strftime(min(first_as_of), '%Y-%m-%d') from residents_first_seen(DATE '{k}') where record_key = 'R3'")[0];
        Assert.Equal("2007-03-31", First("2099-01-01"));
        Assert.Equal("∅", First("2007-04-01"));
        Assert.Empty(Warehouse.Lines(loader.Connection, "select * from residents_latest(DATE '2007-04-20') where record_key = 'R3'"));
        Assert.Single(Warehouse.Lines(loader.Connection, "select * from residents_latest(DATE '2099-01-01') where record_key = 'R3'"));
    }
}

public sealed class OptionalRegisterTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void An_optional_register_absent_from_a_later_batch_has_no_records_in_it()
    {
        const string header = "record_id,mother_citizen_id,birth_date,child_sex,hospital,residence_code";
        var march = new BatchBuilder().Header("ext_hospital_births", header)
            .Set("ext_hospital_births", $"H1,{CitizenIds.Valid("1980-05-12", "R1")},2007-03-02,1,市妇产医院,220202001001");
        var april = new BatchBuilder { AsOf = "2007-04-30", ExportedAt = "2007-05-03T09:00:00+08:00" };
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var dir = root.NewFolder();
        march.Write(dir, "a");
        april.Write(dir, "b");
        var result = loader.Load([dir]);
        Assert.All(result.Batches, b => Assert.Equal(BatchResult.Loaded, b.Result));
        Assert.Equal(["H1|市妇产医院"], Warehouse.Lines(loader.Connection, "select record_key, hospital from ext_hospital_births_state(DATE '2007-03-31', DATE '9999-12-31')"));
        Assert.Empty(Warehouse.Lines(loader.Connection, "select * from ext_hospital_births_state(DATE '2007-04-30', DATE '9999-12-31')"));
    }
}
