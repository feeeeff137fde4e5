using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>
/// Spans against ground truth: random series of versions (records appearing, changing, vanishing, coming back,
/// re-exports of one as_of) loaded in random orders; every version's rows read back equal what its files held.
/// </summary>
public sealed class SpanPropertyTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_versions_records_read_back_exactly_whatever_the_arrival_order(int seed)
    {
        var rng = new Random(seed);
        var dir = root.NewFolder("prop");
        var expected = new Dictionary<string, List<string>>();   // version key → "id:name" rows
        var folders = new List<string>();
        string[] asOfs = ["2007-01-31", "2007-02-28", "2007-03-31", "2007-04-30", "2007-05-31"];
        foreach (var (asOf, i) in asOfs.Select((a, i) => (a, i)))
            for (var v = 0; v < (rng.Next(3) == 0 ? 2 : 1); v++)
            {
                var exported = DateTime.Parse(asOf[..10], System.Globalization.CultureInfo.InvariantCulture).AddDays(3 + 4 * v).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T09:00:00+08:00";
                var rows = Enumerable.Range(1, 8).Where(_ => rng.Next(4) != 0)
                    .Select(r => (Id: "R" + r, Name: "名" + rng.Next(2))).ToList();
                var builder = new BatchBuilder { AsOf = asOf, ExportedAt = exported }
                    .Set("residents", [.. rows.Select(r => BatchBuilder.Resident(r.Id, r.Name, 2, "1980-01-01"))]);
                folders.Add(builder.Write(dir, $"{i}-{v}"));
                expected[$"{asOf}|{exported}"] = [.. rows.Select(r => $"{r.Id}:{r.Name}").Order(StringComparer.Ordinal)];
            }
        for (var order = 0; order < 2; order++)
        {
            using var loader = WarehouseLoader.Open(root.NewWarehouse());
            foreach (var f in folders.OrderBy(_ => rng.Next()))
                Assert.NotEqual(BatchResult.Refused, Loads.LoadOne(loader, f).Result);
            foreach (var (key, rows) in expected)
            {
                var parts = key.Split('|');
                var actual = Warehouse.Lines(loader.Connection, $"""
                    select r.record_key || ':' || r.name from residents_version_rows r
                    join batch_versions v using (scope, version_ord)
                    where v.as_of = DATE '{parts[0]}' and v.exported_at = '{parts[1]}' order by 1
                    """);
                Assert.Equal(rows, actual);
            }
        }
    }
}
