using CommunityFp.Generator;
using CommunityFp.Registers;

namespace CommunityFp.Generator.Tests;

/// <summary>What the tiny clean run looks like to someone who knows a Jilin community FP office.</summary>
[Collection(TinyRunsCollection.Name)]
public sealed class DomainTests(TinyRuns runs)
{
    private (string Root, GenerationSummary Summary) Clean => runs.Get(DefectLevel.None);
    private string LastBatch => Path.Combine(Clean.Root, Clean.Summary.BatchFolders[^1]);

    [Fact]
    public void The_org_tree_has_the_city_the_district_streets_communities_and_resident_groups()
    {
        var units = BatchReader.Read(LastBatch, "org_units");
        Assert.Contains(units, u => u["code"] == "2202" && u["name"] == "吉林市" && u["level"] == "1" && u["parent_code"] == "");
        Assert.Contains(units, u => u["code"] == "220202" && u["name"] == "昌邑区" && u["parent_code"] == "2202");
        Assert.All(units.Where(u => u["level"] == "3"), u => Assert.EndsWith("街道", u["name"]));
        Assert.All(units.Where(u => u["level"] == "4"), u => { Assert.EndsWith("社区", u["name"]); Assert.Equal(12, u["code"].Length); });
        Assert.All(units.Where(u => u["level"] == "5"), u => Assert.StartsWith(u["parent_code"], u["code"]));
    }

    [Fact]
    public void A_renamed_community_is_closed_and_its_residents_live_in_its_successor()
    {
        var units = BatchReader.Read(LastBatch, "org_units").Where(u => u["level"] == "4").ToList();
        var closed = Assert.Single(units, u => u["valid_to"] != "");
        var closedOn = BatchReader.Date(closed["valid_to"]);
        var successor = Assert.Single(units, u => u["valid_from"] != "" && BatchReader.Date(u["valid_from"]) == closedOn.AddDays(1));
        var residents = BatchReader.Read(LastBatch, "residents");
        Assert.DoesNotContain(residents, r => r["community_code"] == closed["code"] && r["status"] == "1");
        Assert.Contains(residents, r => r["community_code"] == successor["code"] && r["status"] == "1");
    }

    [Fact]
    public void Spouses_point_at_each_other_and_share_the_marriage_date()
    {
        var residents = BatchReader.Read(LastBatch, "residents").ToDictionary(r => r["resident_id"]);
        var married = residents.Values.Where(r => r["spouse_id"] != "").ToList();
        Assert.NotEmpty(married);
        foreach (var r in married)
        {
            var spouse = residents[r["spouse_id"]];
            if (spouse["status"] != "1" || r["status"] != "1") continue;
            Assert.Equal(r["resident_id"], spouse["spouse_id"]);
            Assert.Equal(r["marriage_date"], spouse["marriage_date"]);
            Assert.NotEqual(r["sex"], spouse["sex"]);
        }
    }

    [Fact]
    public void Moved_out_and_deceased_residents_stay_for_at_least_a_month_after_their_status_date()
    {
        var batches = Clean.Summary.BatchFolders.Select(f => (AsOf: BatchReader.Date(f[7..17]), Rows: BatchReader.Read(Path.Combine(Clean.Root, f), "residents")
            .ToDictionary(r => r["resident_id"]))).ToList();
        var ended = batches[0].Rows.Values.Concat(batches.SelectMany(b => b.Rows.Values)).Where(r => r["status"] is "2" or "3")
            .GroupBy(r => r["resident_id"]).Select(g => g.First()).ToList();
        Assert.Contains(ended, r => r["status"] == "2");
        Assert.Contains(ended, r => r["status"] == "3");
        foreach (var r in ended)
        {
            var statusDate = BatchReader.Date(r["status_date"]);
            if (statusDate.AddMonths(1) > batches[^1].AsOf) continue;
            Assert.Contains(batches, b => b.AsOf >= statusDate.AddMonths(1) && b.Rows.ContainsKey(r["resident_id"]));
        }
    }

    [Fact]
    public void Floating_residents_come_from_other_provinces()
    {
        var floating = BatchReader.Read(LastBatch, "residents").Where(r => r["hukou"] == "3").ToList();
        Assert.NotEmpty(floating);
        Assert.All(floating, r => { Assert.Equal(6, r["origin_code"].Length); Assert.False(r["origin_code"].StartsWith("22", StringComparison.Ordinal)); });
    }

    [Fact]
    public void Births_follow_registered_pregnancies_and_are_matched_by_hospital_records()
    {
        var births = BatchReader.Read(LastBatch, "births").ToDictionary(b => b["birth_id"]);
        var residents = BatchReader.Read(LastBatch, "residents").ToDictionary(r => r["resident_id"]);
        var asOf = BatchReader.Date(Clean.Summary.BatchFolders[^1][7..17]);
        var recent = births.Values.Where(b => BatchReader.Date(b["birth_date"]) >= asOf.AddYears(-1)).ToList();
        Assert.NotEmpty(recent);
        Assert.All(recent, b => Assert.Equal("2", residents.GetValueOrDefault(b["mother_id"])?["sex"] ?? "2"));
        var linked = BatchReader.Read(LastBatch, "pregnancies").Where(p => p["birth_id"] != "").ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, p => Assert.True(births.ContainsKey(p["birth_id"])));
        var hospital = BatchReader.Read(LastBatch, "ext_hospital_births");
        var mothersIds = recent.Select(b => residents.GetValueOrDefault(b["mother_id"])?["citizen_id"]).ToHashSet();
        Assert.True(hospital.Count(h => mothersIds.Contains(h["mother_citizen_id"])) >= 0.8 * hospital.Count);
    }

    [Fact]
    public void Measures_end_at_pregnancies_and_follow_up_visits_are_recorded()
    {
        var measures = BatchReader.Read(LastBatch, "contraception");
        Assert.Contains(measures, m => m["end_reason"] is "1" or "2");
        var visits = BatchReader.Read(LastBatch, "followups");
        foreach (var type in new[] { "1", "2", "3", "4" }) Assert.Contains(visits, v => v["visit_type"] == type);
        Assert.All(visits.Where(v => v["visit_type"] == "1"), v => Assert.NotEqual("", v["measure_id"]));
    }

    [Fact]
    public void Every_register_has_records_and_evaluations_are_consistent()
    {
        foreach (var register in RegisterCatalog.All) Assert.NotEmpty(BatchReader.Read(LastBatch, register.Name));
        foreach (var e in BatchReader.Read(LastBatch, "evaluations"))
        {
            var (invited, respondents, satisfied) = (int.Parse(e["households_invited"]), int.Parse(e["respondents"]), int.Parse(e["satisfied"]));
            Assert.True(invited >= respondents && respondents >= satisfied && satisfied >= 0);
        }
        var types = BatchReader.Read(LastBatch, "certificates").Select(c => c["type"]).ToHashSet();
        Assert.Equal(["1", "2", "3", "4"], types.Order());
    }
}
