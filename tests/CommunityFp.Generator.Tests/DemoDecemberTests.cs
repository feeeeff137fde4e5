using CommunityFp.Generator;
using CommunityFp.Registers;
using CommunityFp.Registers.Validation;

namespace CommunityFp.Generator.Tests;

/// <summary>The demo world written for December 2007 only (two districts, realistic defects).</summary>
public sealed class DemoDecember2007 : IDisposable
{
    public DemoDecember2007()
    {
        Root = Path.Combine(Path.GetTempPath(), "cfp-gen-tests", Guid.NewGuid().ToString("N"));
        Summary = RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Demo, Root,
            From: YearMonth.Parse("2007-12"), To: YearMonth.Parse("2007-12")));
    }

    public string Root { get; }
    public GenerationSummary Summary { get; }

    public string Folder(string scope) => Path.Combine(Root, scope, "2007-12-31");

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

public sealed class DemoDecemberTests(DemoDecember2007 demo) : IClassFixture<DemoDecember2007>
{
    [Fact]
    public void Demo_covers_changyi_and_chuanying_and_chuanying_exports_gb18030()
    {
        Assert.Contains("220202/2007-12-31", demo.Summary.BatchFolders);
        Assert.Contains("220204/2007-12-31", demo.Summary.BatchFolders);
        Assert.Equal(BatchEncoding.Gb18030Name, BatchManifest.Read(Path.Combine(demo.Folder("220204"), BatchManifest.FileName)).Encoding);
        Assert.Contains(BatchReader.Read(demo.Folder("220204"), "org_units"), u => u["name"] == "船营区");
    }

    [Fact]
    public void Demo_batches_load_under_the_contract()
    {
        foreach (var scope in new[] { "220202", "220204" })
            Assert.Empty(BatchValidator.Validate(demo.Folder(scope)).Refusals);
    }

    [Fact]
    public void A_household_moving_between_districts_leaves_one_scope_and_arrives_in_the_other_under_a_new_id()
    {
        var changyi = BatchReader.Read(demo.Folder("220202"), "residents");
        var chuanying = BatchReader.Read(demo.Folder("220204"), "residents");
        var arrivals = chuanying.Where(r => r["arrival_reason"] == "2" && r["citizen_id"] != "").GroupBy(r => r["citizen_id"])
            .ToDictionary(g => g.Key, g => g.First());
        var moved = changyi.Where(r => r["status"] == "2" && arrivals.ContainsKey(r["citizen_id"])).ToList();
        Assert.NotEmpty(moved);
        Assert.All(moved, r => Assert.Equal(r["status_date"], arrivals[r["citizen_id"]]["arrival_date"]));
    }

    [Fact]
    public void Communities_range_from_a_few_hundred_to_several_thousand_residents()
    {
        var scopes = new[] { "220202", "220204" };
        var communities = scopes.SelectMany(s => BatchReader.Read(demo.Folder(s), "org_units"))
            .Where(u => u["level"] == "4").Select(u => u["code"]).ToHashSet();
        var sizes = scopes.SelectMany(s => BatchReader.Read(demo.Folder(s), "residents"))
            .Where(r => r["status"] == "1" && communities.Contains(r["community_code"]))
            .GroupBy(r => r["community_code"]).Select(g => g.Count()).ToList();
        Assert.InRange(sizes.Min(), 100, 1500);
        Assert.InRange(sizes.Max(), 3000, 9000);
        Assert.InRange(sizes.Sum(), 54_000, 66_000);
    }
}
