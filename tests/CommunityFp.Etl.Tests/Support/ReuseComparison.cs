namespace CommunityFp.Etl.Tests.Support;

/// <summary>
/// Loads batches with and without record reuse (<see cref="WarehouseLoader.ReuseUnchangedRecords"/>) and compares the
/// warehouses: reuse must never change history, stand-ins, quarantine, warnings or audit counts.
/// </summary>
public static class ReuseComparison
{
    public sealed record Result(List<string> Dump, List<string> Audit, long Reused, List<BatchOutcome> Batches);

    /// <param name="loaderPerBatch">Every batch through a new loader (as a new process would), so the stored snapshot is used.</param>
    public static Result LoadAll(string db, bool reuse, IReadOnlyList<string> folders, bool loaderPerBatch = false)
    {
        var batches = new List<BatchOutcome>();
        var loader = WarehouseLoader.Open(db);
        try
        {
            foreach (var f in folders)
            {
                if (loaderPerBatch) { loader.Dispose(); loader = WarehouseLoader.Open(db); }
                loader.ReuseUnchangedRecords = reuse;
                batches.Add(Loads.LoadOne(loader, f));
            }
            var audit = Warehouse.Lines(loader.Connection,
                "select scope, as_of, exported_at, outcome, file, rows_read, rows_loaded, rows_quarantined, rows_warned, reason from load_audit order by all");
            return new Result(Canonical.Dump(loader.Connection), audit, batches.Sum(b => b.Files.Sum(x => x.RowsReused)), batches);
        }
        finally { loader.Dispose(); }
    }

    /// <summary>Asserts equal warehouses with and without reuse; returns the run with reuse.</summary>
    public static Result AssertSameWithAndWithoutReuse(TempRoot root, IReadOnlyList<string> folders, bool loaderPerBatch = false)
    {
        var without = LoadAll(root.NewWarehouse(), reuse: false, folders);
        var with = LoadAll(root.NewWarehouse(), reuse: true, folders, loaderPerBatch);
        Assert.Equal(0, without.Reused);
        Assert.True(with.Reused > 0, "no record was reused");
        Assert.Equal(without.Audit, with.Audit);
        Assert.Equal(without.Dump.Count, with.Dump.Count);
        for (var i = 0; i < without.Dump.Count; i++) Assert.Equal(without.Dump[i], with.Dump[i]);
        return with;
    }

    /// <summary>Rows reused per file of one batch outcome.</summary>
    public static Dictionary<string, long> ReusedByFile(BatchOutcome b) => b.Files.ToDictionary(f => f.File, f => f.RowsReused);
}
