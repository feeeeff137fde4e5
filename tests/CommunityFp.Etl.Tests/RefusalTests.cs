using System.Text.Json.Nodes;
using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>registers.md "A batch": a batch that does not match its manifest is refused whole, naming file and mismatch.</summary>
public sealed class RefusalTests(TempRoot root) : IClassFixture<TempRoot>
{
    public static TheoryData<string, string> Cases => new()
    {
        { "format", "manifest.json: format is" },
        { "as_of", "manifest.json: as_of" },
        { "exported_before_as_of", "manifest.json: exported_at 2007-03-30T09:00:00+08:00 is before as_of" },
        { "encoding", "manifest.json: encoding \"latin1\"" },
        { "scope_not_code", "manifest.json: scope" },
        { "malformed", "manifest.json: malformed manifest" },
        { "missing_register", "births.csv: required register is not listed" },
        { "unlisted_csv", "notes.csv: CSV file in the batch folder is not listed" },
        { "listed_missing", "rewards.csv: listed in the manifest but missing" },
        { "wrong_count", "activities.csv: has 1 records, the manifest says 2" },
        { "wrong_sha", "evaluations.csv: SHA-256 is" },
        { "scope_unknown", "manifest.json: scope 220203 is not a unit of the batch's org_units.csv" },
        { "scope_community", "manifest.json: scope 220202001001 is a level-4 unit" },
        { "header_lacks_column", "residents.csv: header lacks required column(s) sex" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_batch_not_matching_its_manifest_is_refused_whole_and_audited(string defect, string reason)
    {
        var builder = new BatchBuilder();
        var folder = Break(builder, defect);
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Assert.Single(loader.Load([folder]).Batches);
        Assert.Equal(BatchResult.Refused, b.Result);
        Assert.StartsWith(reason, b.Reason);
        Assert.Equal(0, Warehouse.Count(loader.Connection, "select count(*) from batch_versions"));
        Assert.Equal(0, Warehouse.Count(loader.Connection, "select count(*) from hist_org_units"));
        Assert.Equal(0, Warehouse.Count(loader.Connection, "select count(*) from quarantine"));
        Assert.Equal(["Refused|" + b.Reason], Warehouse.Lines(loader.Connection, "select outcome, reason from load_audit"));
    }

    private string Break(BatchBuilder b, string defect)
    {
        void Edit(Action<Dictionary<string, object?>> e) => b.EditManifest = e;
        switch (defect)
        {
            case "format": Edit(m => m["format"] = "cfp-register-snapshot/2"); break;
            case "as_of": b.AsOf = "2007-03-32"; break;
            case "exported_before_as_of": b.ExportedAt = "2007-03-30T09:00:00+08:00"; break;
            case "encoding": b.Encoding = "latin1"; break;
            case "scope_not_code": b.Scope = "22020x"; break;
            case "missing_register": Edit(m => ((Dictionary<string, object>)m["files"]!).Remove("births.csv")); break;
            case "listed_missing": { var f = b.Write(root.NewFolder()); File.Delete(Path.Combine(f, "rewards.csv")); return f; }
            case "unlisted_csv": { var f = b.Write(root.NewFolder()); File.WriteAllText(Path.Combine(f, "notes.csv"), "a\n"); return f; }
            case "malformed": { var f = b.Write(root.NewFolder()); File.WriteAllText(Path.Combine(f, "manifest.json"), "{ \"format\": "); return f; }
            case "wrong_count": Edit(m => ((Dictionary<string, object>)((Dictionary<string, object>)m["files"]!)["activities.csv"])["rows"] = 2); break;
            case "wrong_sha": Edit(m => ((Dictionary<string, object>)((Dictionary<string, object>)m["files"]!)["evaluations.csv"])["sha256"] = new string('0', 64)); break;
            case "scope_unknown": b.Scope = "220203"; break;
            case "scope_community": b.Scope = "220202001001"; break;
            case "header_lacks_column":
                b.Header("residents", "resident_id,citizen_id,name,birth_date,hukou,origin_code,marital,marriage_date,spouse_id,community_code,group_code,building,unit,status,status_date,arrival_date,arrival_reason,employment")
                 .Set("residents");
                break;
        }
        return b.Write(root.NewFolder());
    }

    [Fact]
    public void A_refused_batch_leaves_the_warehouse_unchanged_and_the_next_batch_still_loads()
    {
        var parent = root.NewFolder();
        var okFolder = new BatchBuilder().Write(parent, "b2");
        var bad = new BatchBuilder { AsOf = "2007-02-28", ExportedAt = "2007-03-03T10:00:00+08:00" };
        bad.EditManifest = m => ((Dictionary<string, object>)((Dictionary<string, object>)m["files"]!)["activities.csv"])["rows"] = 5;
        bad.Write(parent, "b1");
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var summary = loader.Load([parent]);   // found under the parent, loaded in path order: b1, b2
        Assert.True(summary.AnyRefused);
        Assert.Equal([BatchResult.Refused, BatchResult.Loaded], summary.Batches.Select(x => x.Result));
        Assert.Equal(1, Warehouse.Count(loader.Connection, "select count(*) from batch_versions"));
    }

    [Theory]
    [InlineData("220202001")]  // inside the loaded district
    [InlineData("2202")]       // contains it
    public void A_scope_overlapping_a_loaded_scope_is_refused(string scope)
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Loads.LoadOne(loader, new BatchBuilder().Write(root.NewFolder()));
        var b = Loads.LoadOne(loader, new BatchBuilder { Scope = scope }.Write(root.NewFolder()));
        Assert.Equal(BatchResult.Refused, b.Result);
        Assert.Contains("already loaded", b.Reason);
        Assert.Equal(1, Warehouse.Count(loader.Connection, "select count(*) from batch_versions"));
    }
}
