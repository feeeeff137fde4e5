using CommunityFp.Generator;

namespace CommunityFp.Generator.Tests;

/// <summary>What real registers do between batches: late entries, corrections, deletions at the source.</summary>
[Collection(TinyRunsCollection.Name)]
public sealed class SourceDefectTests(TinyRuns runs)
{
    private List<(string Folder, Dictionary<string, Dictionary<string, string>> Rows)> Batches(DefectLevel level, string register, string key)
    {
        var (root, summary) = runs.Get(level);
        return summary.BatchFolders.Where(f => !f.EndsWith("_v2", StringComparison.Ordinal))
            .Select(f => (f, BatchReader.Read(Path.Combine(root, f), register).GroupBy(r => r[key]).ToDictionary(g => g.Key, g => g.First())))
            .ToList();
    }

    [Fact]
    public void Some_records_vanish_from_later_batches_only_with_defects()
    {
        static int Deleted(List<(string, Dictionary<string, Dictionary<string, string>> Rows)> batches) =>
            batches.Zip(batches.Skip(1)).Sum(p => p.First.Rows.Keys.Count(k => !p.Second.Rows.ContainsKey(k)));
        Assert.True(Deleted(Batches(DefectLevel.Realistic, "followups", "visit_id")) + Deleted(Batches(DefectLevel.Realistic, "activities", "activity_id")) > 0);
        Assert.Equal(0, Deleted(Batches(DefectLevel.None, "followups", "visit_id")));
    }

    [Fact]
    public void Some_resident_names_or_birth_dates_are_corrected_in_a_later_batch()
    {
        var batches = Batches(DefectLevel.Heavy, "residents", "resident_id");
        var corrected = batches.Zip(batches.Skip(1)).Sum(p => p.First.Rows.Count(r =>
            p.Second.Rows.TryGetValue(r.Key, out var next) && r.Value["citizen_id"] == next["citizen_id"]
            && (r.Value["name"] != next["name"] || r.Value["birth_date"] != next["birth_date"])));
        Assert.True(corrected > 0);
    }

    [Fact]
    public void Some_births_are_reported_weeks_late_and_first_appear_in_a_later_batch()
    {
        var births = Batches(DefectLevel.Heavy, "births", "birth_id");
        var late = births.SelectMany(b => b.Rows.Values).Where(b =>
            BatchReader.TryDate(b["reported_date"]) is { } reported && BatchReader.TryDate(b["birth_date"]) is { } born
            && reported.DayNumber - born.DayNumber > 31).Select(b => b["birth_id"]).ToHashSet();
        Assert.NotEmpty(late);
        var first = late.First();
        var firstBatch = births.First(b => b.Rows.ContainsKey(first));
        var birthDate = BatchReader.Date(firstBatch.Rows[first]["birth_date"]);
        Assert.True(BatchReader.Date(firstBatch.Folder[7..17]) > birthDate.AddDays(31));
    }
}

/// <summary>The ledger of source defects agrees with what the batches show from one month to the next.</summary>
[Collection(TinyRunsCollection.Name)]
public sealed class SourceDefectLedgerTests(TinyRuns runs)
{
    [Theory]
    [InlineData(DefectLevel.Realistic)]
    [InlineData(DefectLevel.Heavy)]
    public void Deletions_corrections_and_late_reports_are_recorded_where_they_happen(DefectLevel level)
    {
        var (root, summary) = runs.Get(level);
        // The current version of each month: a re-send replaces the first export.
        var months = summary.BatchFolders.GroupBy(f => f[..17]).Select(g => g.Max(StringComparer.Ordinal)!).ToList();
        var ledger = summary.InjectedDefects.Where(d => d.Kind is DefectKinds.SourceDeletion or DefectKinds.Correction or DefectKinds.LateReport).ToList();
        Assert.Contains(ledger, d => d.Kind == DefectKinds.SourceDeletion);
        Assert.Contains(ledger, d => d.Kind == DefectKinds.Correction);
        Assert.Contains(ledger, d => d.Kind == DefectKinds.LateReport);
        var cache = new Dictionary<(string, string), Dictionary<string, string>>();
        Dictionary<string, string> Rows(string folder, string file)
        {
            if (cache.TryGetValue((folder, file), out var rows)) return rows;
            var key = CommunityFp.Registers.RegisterCatalog.ByFileName(file)!.KeyColumn;
            return cache[(folder, file)] = BatchReader.Read(Path.Combine(root, folder), file[..^4])
                .GroupBy(r => r[key]).ToDictionary(g => g.Key, g => string.Join(",", g.First().OrderBy(kv => kv.Key).Select(kv => kv.Value)));
        }
        foreach (var d in ledger)
        {
            var i = months.IndexOf(d.BatchFolder);
            if (i <= 0) continue;
            var now = Rows(months[i], d.File!);
            var before = Rows(months[i - 1], d.File!);
            switch (d.Kind)
            {
                case DefectKinds.SourceDeletion:
                    Assert.True(before.ContainsKey(d.RecordId!) && !now.ContainsKey(d.RecordId!), $"{d}");
                    break;
                case DefectKinds.Correction:
                    Assert.True(before.ContainsKey(d.RecordId!) && now.ContainsKey(d.RecordId!) && before[d.RecordId!] != now[d.RecordId!], $"{d}");
                    break;
                case DefectKinds.LateReport when d.File != "residents.csv":
                    Assert.True(now.ContainsKey(d.RecordId!) && !before.ContainsKey(d.RecordId!), $"{d}");
                    break;
            }
        }
    }
}
