using System.Text.RegularExpressions;
using CommunityFp.Etl.Tests.Support;
using CommunityFp.Registers;

namespace CommunityFp.Etl.Tests;

/// <summary>
/// Records are reused by their canonical form (<see cref="Staging.CanonicalRecordForm"/>), so an export-format switch
/// between two months (date layout, column order, quoting, spaces) keeps the reuse, while a change of what the loader
/// stores (an extra column added or dropped, a value lost with a dropped column) does not. Every case: the warehouse
/// equals the one read without reuse, and the rows reused per file are the known answer.
/// </summary>
public sealed partial class FormatSwitchReuseTests(TempRoot root) : IClassFixture<TempRoot>
{
    private static readonly string[] DataRegisters =
        RegisterCatalog.RequiredRegisters.Where(r => r != RegisterCatalog.OrgUnits).Select(r => r.Name).ToArray();

    private static BatchBuilder Month(int i) => new()
    {
        AsOf = new DateOnly(2007, 3 + i, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd"),
        ExportedAt = new DateOnly(2007, 4 + i, 3).ToString("yyyy-MM-dd") + "T09:00:00+08:00",
    };

    [GeneratedRegex(@"(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex IsoDate();

    private static void Dates(BatchBuilder b, string layout)
    {
        foreach (var r in RegisterCatalog.RequiredRegisters)
            b.Set(r.Name, [.. b.Records(r.Name).Select(x => IsoDate().Replace(x, layout))]);
    }

    private List<string> Write(params BatchBuilder[] months) =>
        months.Select((m, i) => m.Write(root.NewFolder(), $"m{i}")).ToList();

    private static void AssertAllReused(BatchOutcome b, params string[] except)
    {
        foreach (var f in b.Files.Where(f => f.File != "org_units.csv"))
            Assert.True(except.Contains(f.File) || f.RowsReused == f.RowsRead, $"{f.File}: {f.RowsReused} of {f.RowsRead} reused");
    }

    private long HistRows(IReadOnlyList<string> folders, string register)
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        foreach (var f in folders) Loads.LoadOne(loader, f);
        return Warehouse.Count(loader.Connection, $"select count(*) from hist_{register}");
    }

    [Fact]
    public void A_date_layout_switch_reuses_every_record()
    {
        var m = Enumerable.Range(0, 4).Select(Month).ToArray();
        Dates(m[1], "$1/$2/$3");
        Dates(m[2], "$1$2$3");
        var folders = Write(m);
        var run = ReuseComparison.AssertSameWithAndWithoutReuse(root, folders);
        ReuseComparison.AssertSameWithAndWithoutReuse(root, folders, loaderPerBatch: true);
        Assert.Equal(0, run.Batches[0].RowsWarned);
        foreach (var b in run.Batches.Skip(1)) AssertAllReused(b);
        Assert.Equal(13, run.Batches[1].Files.Sum(f => f.RowsReused));
        // One version per record: nothing changed.
        Assert.Equal(4, HistRows(folders, "residents"));
    }

    private static string Reorder(string record, int[] order)
    {
        var fields = record.Split(',');
        return string.Join(",", order.Select(i => fields[i]));
    }

    private static void ReverseColumns(BatchBuilder b, string register)
    {
        var columns = RegisterCatalog.ByName(register)!.Columns.Select(c => c.Name).ToArray();
        var order = Enumerable.Range(0, columns.Length).Reverse().ToArray();
        var records = b.Records(register).Select(x => Reorder(x, order)).ToArray();
        b.Set(register, records).Header(register, string.Join(",", order.Select(i => columns[i])));
    }

    [Fact]
    public void A_header_reorder_reuses_every_unchanged_record()
    {
        var m = Enumerable.Range(0, 3).Select(Month).ToArray();
        // m1: residents and births in reverse column order, R3 renamed (a real change); m2: back to catalog order.
        m[1].Set("residents", [.. m[0].Records("residents").Select(x => x.Replace(",李丽,", ",李丽娟,", StringComparison.Ordinal))]);
        ReverseColumns(m[1], "residents");
        ReverseColumns(m[1], "births");
        m[2].Set("residents", [.. m[1].Records("residents").Select(x => Reorder(x, Enumerable.Range(0, 19).Reverse().ToArray()))]);
        var folders = Write(m);
        var run = ReuseComparison.AssertSameWithAndWithoutReuse(root, folders);
        ReuseComparison.AssertSameWithAndWithoutReuse(root, folders, loaderPerBatch: true);
        AssertAllReused(run.Batches[1], "residents.csv");
        Assert.Equal(3, ReuseComparison.ReusedByFile(run.Batches[1])["residents.csv"]);
        AssertAllReused(run.Batches[2]);
        Assert.Equal(5, HistRows(folders, "residents")); // R3's new name is a second version
    }

    [Fact]
    public void An_added_or_dropped_extra_column_is_a_change_of_every_row_of_that_file()
    {
        // The loader keeps extra columns (extra_columns, part of the row hash): adding one changes every stored row.
        var m = Enumerable.Range(0, 4).Select(Month).ToArray();
        foreach (var i in new[] { 1, 2 })
        {
            m[i].Set("followups", [.. m[0].Records("followups").Select(x => x + ",S9")])
                .Header("followups", string.Join(",", RegisterCatalog.Followups.Columns.Select(c => c.Name)) + ",entered_by");
            m[i].Set("residents", [.. m[0].Records("residents").Select(x => x + ",")])
                .Header("residents", string.Join(",", RegisterCatalog.Residents.Columns.Select(c => c.Name)) + ",备注");
        }
        Dates(m[2], "$1/$2/$3"); // same extras as m1, other date layout: reused again
        var folders = Write(m);
        var run = ReuseComparison.AssertSameWithAndWithoutReuse(root, folders);
        ReuseComparison.AssertSameWithAndWithoutReuse(root, folders, loaderPerBatch: true);
        foreach (var i in new[] { 1, 3 })
        {
            AssertAllReused(run.Batches[i], "residents.csv", "followups.csv");
            Assert.Equal(0, ReuseComparison.ReusedByFile(run.Batches[i])["residents.csv"]);
            Assert.Equal(0, ReuseComparison.ReusedByFile(run.Batches[i])["followups.csv"]);
        }
        AssertAllReused(run.Batches[2]);
        Assert.Equal(12, HistRows(folders, "residents")); // without, with the empty 备注, without again
        Assert.Equal(3, HistRows(folders, "followups"));
    }

    [Fact]
    public void A_dropped_catalog_column_keeps_only_the_rows_whose_value_was_empty()
    {
        // m0: R1 and R3 have no employment; m1: the employment column is dropped (R2 and R4 lose their value);
        // m2: it is back with the values of m0.
        var m = Enumerable.Range(0, 3).Select(Month).ToArray();
        string Unemployed(string x) => x.StartsWith("R1,", StringComparison.Ordinal) || x.StartsWith("R3,", StringComparison.Ordinal) ? x[..^1] : x;
        m[0].Set("residents", [.. m[0].Records("residents").Select(Unemployed)]);
        m[1].Set("residents", [.. m[0].Records("residents").Select(x => x[..x.LastIndexOf(',')])])
            .Header("residents", string.Join(",", RegisterCatalog.Residents.Columns.Select(c => c.Name).Where(n => n != "employment")));
        m[2].Set("residents", [.. m[0].Records("residents")]);
        var folders = Write(m);
        var run = ReuseComparison.AssertSameWithAndWithoutReuse(root, folders);
        ReuseComparison.AssertSameWithAndWithoutReuse(root, folders, loaderPerBatch: true);
        Assert.Equal(2, ReuseComparison.ReusedByFile(run.Batches[1])["residents.csv"]);
        Assert.Equal(2, ReuseComparison.ReusedByFile(run.Batches[2])["residents.csv"]);
        AssertAllReused(run.Batches[1], "residents.csv");
        Assert.Equal(8, HistRows(folders, "residents")); // R2 and R4: with, without, with employment
    }

    [Fact]
    public void Quoting_and_spaces_the_loader_trims_keep_the_reuse_and_unicode_spaces_are_read_again()
    {
        var m = Enumerable.Range(0, 3).Select(Month).ToArray();
        // R1's building holds a quoted line break.
        m[0].Set("residents", [.. m[0].Records("residents").Select(x => x.StartsWith("R1,", StringComparison.Ordinal) ? x.Replace(",3,1,", ",\"3\n4\",1,", StringComparison.Ordinal) : x)]);
        // m1: every residents field quoted (the building's line break kept), spaces around every births field, R4's
        // name followed by an ideographic space (trimmed by the loader, but kept raw by the canonical form: read again).
        m[1].Set("residents", [.. m[0].Records("residents").Select(x => string.Join(",", SplitQuoted(x).Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")))]);
        m[1].Set("residents", [.. m[1].Records("residents").Select(x => x.Replace("\"赵小红\"", "\"赵小红\u3000\"", StringComparison.Ordinal))]);
        m[1].Set("births", [.. m[0].Records("births").Select(x => string.Join(",", x.Split(',').Select(f => " " + f + "\t")))]);
        m[2].Set("residents", [.. m[0].Records("residents")]);
        var folders = Write(m);
        var run = ReuseComparison.AssertSameWithAndWithoutReuse(root, folders);
        ReuseComparison.AssertSameWithAndWithoutReuse(root, folders, loaderPerBatch: true);
        // R2 and R3 reused; R1 (a line break: raw form, written otherwise) and R4 (ideographic space) read again.
        Assert.Equal(2, ReuseComparison.ReusedByFile(run.Batches[1])["residents.csv"]);
        AssertAllReused(run.Batches[1], "residents.csv");
        // m2: R1 and R4 were kept in their raw form in m1, so they are read again once more.
        Assert.Equal(2, ReuseComparison.ReusedByFile(run.Batches[2])["residents.csv"]);
        AssertAllReused(run.Batches[2], "residents.csv");
        Assert.Equal(4, HistRows(folders, "residents"));
    }

    private static IEnumerable<string> SplitQuoted(string record) => Staging.CsvLine.Split(record);
}
