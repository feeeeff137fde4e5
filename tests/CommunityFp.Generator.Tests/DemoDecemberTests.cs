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

    [Fact]
    public void Read_from_the_batches_prevalence_method_mix_age_structure_and_floating_share_are_calibrated()
    {
        var asOf = new DateOnly(2007, 12, 31);
        static int Age(DateOnly birth, DateOnly at) => at.Year - birth.Year - (at.DayOfYear < birth.DayOfYear ? 1 : 0);
        var present = new List<Dictionary<string, string>>();
        var active = new Dictionary<string, string>();
        foreach (var scope in new[] { "220202", "220204" })
        {
            present.AddRange(BatchReader.Read(demo.Folder(scope), "residents").Where(r => r["status"] == "1" && BatchReader.TryDate(r["birth_date"]) is not null));
            foreach (var m in BatchReader.Read(demo.Folder(scope), "contraception").Where(m => m["end_date"] == ""))
                active[scope + m["woman_id"]] = m["method"];
        }
        var ages = present.Select(r => Age(BatchReader.Date(r["birth_date"]), asOf)).ToList();
        Assert.InRange(ages.Count(a => a <= 14) / (double)ages.Count, 0.095, 0.135);
        Assert.InRange(ages.Count(a => a >= 65) / (double)ages.Count, 0.075, 0.105);
        Assert.InRange(present.Count(r => r["hukou"] == "3") / (double)present.Count, 0.05, 0.10);
        var marriedWomen = new[] { "220202", "220204" }.SelectMany(scope => BatchReader.Read(demo.Folder(scope), "residents")
            .Where(r => r["status"] == "1" && r["sex"] == "2" && r["marital"] is "20" or "21" or "22" or "23"
                && BatchReader.TryDate(r["birth_date"]) is { } b && Age(b, asOf) is >= 15 and <= 49)
            .Select(r => scope + r["resident_id"])).ToList();
        var methods = marriedWomen.Where(active.ContainsKey).Select(w => active[w]).ToList();
        Assert.InRange(methods.Count / (double)marriedWomen.Count, 0.85, 0.92);
        Assert.InRange(methods.Count(m => m == "1") / (double)methods.Count, 0.45, 0.55);
        Assert.InRange(methods.Count(m => m is "2" or "3") / (double)methods.Count, 0.25, 0.35);
        Assert.InRange(methods.Count(m => m == "7") / (double)methods.Count, 0.08, 0.12);
    }
}
