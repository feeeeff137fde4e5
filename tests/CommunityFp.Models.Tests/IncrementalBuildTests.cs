using CommunityFp.Etl;
using CommunityFp.Generator;
using DuckDB.NET.Data;

namespace CommunityFp.Models.Tests;

/// <summary>
/// An incremental build must give exactly the tables a full build of the same warehouse gives. The generator's tiny
/// world (December 2006 – December 2007, realistic defects: late reports, corrections, deletions, a re-sent month)
/// is loaded without some batches and built; the held-back batches are loaded and the build runs incrementally;
/// every model table is then compared, row for row, with a full build of the same warehouse.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly Lazy<ModelCatalog> Catalog = new(ModelCatalog.LoadProductModels);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cfp-models-incr-" + Guid.NewGuid().ToString("N"));
    private readonly string _batches;
    private IReadOnlyDictionary<string, string> _outcomes = new Dictionary<string, string>();
    private long _lastRecords;

    public IncrementalBuildTests()
    {
        _batches = Path.Combine(_folder, "batches");
        RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, _batches,
            From: YearMonth.Parse("2006-12"), To: YearMonth.Parse("2007-12")));
    }

    [Fact]
    public void After_one_more_month_the_incremental_build_equals_a_full_build()
    {
        var (context, differences) = BuildIncrementallyThenFully(held => held.StartsWith("2007-12", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2007, 12, 1), context.RebuildFrom);
        Assert.Empty(differences);
        // the latest records were merged (replaced for the records seen in December), not recomputed over history
        Assert.StartsWith("merged from 2007-12-01", _outcomes["core_resident_last_records"]);
        // records still in the register with the same version keep their (open) rows: only a few are replaced
        var replaced = long.Parse(System.Text.RegularExpressions.Regex.Match(_outcomes["core_resident_last_records"], ", ([0-9]+) rows replaced").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(replaced, 1, _lastRecords / 10);
        // the staging tables recomputed only the records whose version changed in December's batch
        foreach (var staging in new[] { "stg_followups", "stg_births", "stg_measures", "stg_resident_citizen_keys" })
            Assert.Matches("^[1-9][0-9]* changed records recomputed", _outcomes[staging]);
    }

    [Fact]
    public void A_late_batch_of_an_old_month_rebuilds_from_that_month_and_equals_a_full_build()
    {
        // the June batch arrives after December's, and November's re-send after that
        var (context, differences) = BuildIncrementallyThenFully(held => held is "2007-06-30" or "2007-11-30_v2");
        Assert.Equal(new DateOnly(2007, 6, 1), context.RebuildFrom);
        Assert.Empty(differences);
        // the scope's latest batch (December) is the same: only its stand-ins' records are recomputed; the citizen
        // keys read every known version, and June's is new in the middle of them, so that table is rebuilt whole
        Assert.Contains("changed records recomputed", _outcomes["stg_followups"]);
        Assert.DoesNotContain("changed records", _outcomes["stg_resident_citizen_keys"]);
    }

    [Fact]
    public void As_known_at_a_date_a_late_batch_known_by_then_rebuilds_from_its_month_and_one_exported_later_is_not_seen()
    {
        // as known at 15 October 2007: June's batch (exported in July) arrives late and is known; December's is not
        var knownAt = new DateOnly(2007, 10, 15);
        var (context, differences) = BuildIncrementallyThenFully(held => held is "2007-06-30" || held.StartsWith("2007-12", StringComparison.Ordinal), knownAt);
        Assert.Equal(new DateOnly(2007, 6, 1), context.RebuildFrom);
        Assert.Equal(knownAt, context.AsKnownAt);
        Assert.Empty(differences);
    }

    [Fact]
    public void A_build_with_nothing_new_keeps_every_partition_and_equals_a_full_build()
    {
        var (context, differences) = BuildIncrementallyThenFully(_ => false);
        Assert.Equal(new DateOnly(2008, 1, 1), context.RebuildFrom);
        Assert.Empty(differences);
    }

    [Fact]
    public void A_deep_correction_recomputes_only_its_womans_due_visits_and_its_certificates_rewards_and_equals_a_full_build()
    {
        // December's batch no longer has a completing visit of early 2007 (deleted at the source): the due visits
        // of that woman are recomputed over all months (a dirty key), the others only from December on
        var deleted = "";
        var (context, differences) = BuildIncrementallyThenFully(held => held.StartsWith("2007-12", StringComparison.Ordinal),
            beforeLater: later => deleted = DeleteEarlyCompletingVisit(later));
        Assert.NotEqual("", deleted);
        Assert.Equal(new DateOnly(2007, 12, 1), context.RebuildFrom);
        Assert.Empty(differences);
        // the partitions still start where the other inputs changed (the observation limit moved: 2007-09 with the
        // look-back), not at the deleted visit's February; its woman's earlier rows were recomputed on their own
        Assert.Matches(@"^partitions from 2007-(09|1[0-2])-01, [1-9][0-9]* dirty keys recomputed before", _outcomes["core_due_visits"]);
        // the visit had completed a due date: the recomputed rows differ, and the follow-up indicators rebuild from there
        Assert.Matches("^rebuilt from 2007-0[1-4]-01", _outcomes["core_indicators_followup"]);
        // the deleted honour certificate's 2006 reward row is recomputed (gone) without rebuilding 2006 for the others
        Assert.Contains(" dirty keys recomputed before", _outcomes["core_reward_deliveries"]);
        // the community-month cells of the measure's woman and of the checked resident are recomputed, not the months
        Assert.Contains(" dirty keys recomputed before", _outcomes["core_community_contraception"]);
        Assert.Contains(" dirty keys recomputed before", _outcomes["core_community_floating_checks"]);
    }

    [Fact]
    public void An_extra_column_appearing_changes_no_staging_row_and_recomputes_only_the_records_that_changed()
    {
        // December's followups.csv gains an unknown column (kept in the raw layer, ignored by models): every history
        // row of the file is a new version, but only the records whose typed columns changed are recomputed
        var rows = 0;
        var (_, differences) = BuildIncrementallyThenFully(held => held.StartsWith("2007-12", StringComparison.Ordinal),
            beforeLater: later => rows = AddExtraColumn(later[0], "followups.csv"));
        Assert.Empty(differences);
        var recomputed = int.Parse(System.Text.RegularExpressions.Regex.Match(_outcomes["stg_followups"], "^([0-9]+) changed records").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(recomputed, 1, rows / 10);
    }

    // Appends a column entered_by to every record of a batch file; returns the file's record count.
    private static int AddExtraColumn(string folder, string file)
    {
        var count = 0;
        RewriteFile(folder, file, lines =>
        {
            count = lines.Count - 1;
            return lines.Select((l, i) => i == 0 ? l + ",entered_by" : $"{l},S{i:000000}").ToList();
        });
        return count;
    }

    // Removes from the first held-back batch's followups.csv a completing visit (type 1, result 1-3) dated
    // February-April 2007, from its certificates.csv an only-child honour certificate (type 3) issued before 2006
    // (its 2006 reward row goes), a measure started in 2005 and still in use, and a valid-certificate check of
    // January-March 2007; returns the visit's id.
    private static string DeleteEarlyCompletingVisit(IReadOnlyList<string> later)
    {
        DeleteRecord(later[0], "certificates.csv", f => f("type") == "3" && string.CompareOrdinal(f("issue_date"), "2006-01-01") < 0);
        // a measure in use since 2005 and a valid-certificate check of early 2007, both deleted at the source
        DeleteRecord(later[0], "contraception.csv", f => f("start_date").StartsWith("2005", StringComparison.Ordinal) && f("end_date") == "");
        DeleteRecord(later[0], "floating_checks.csv", f => f("certificate_status") == "1"
            && string.CompareOrdinal(f("check_date"), "2007-01-01") >= 0 && string.CompareOrdinal(f("check_date"), "2007-03-31") <= 0);
        return DeleteRecord(later[0], "followups.csv", f => f("visit_type") == "1" && f("result") is "1" or "2" or "3"
            && string.CompareOrdinal(f("visit_date"), "2007-02-01") >= 0 && string.CompareOrdinal(f("visit_date"), "2007-04-30") <= 0);
    }

    // Deletes the first record of a batch file matching the predicate (given a field getter) at the source, rewriting
    // the manifest's row count and hash; returns the record's id (first column).
    private static string DeleteRecord(string folder, string file, Func<Func<string, string>, bool> matches)
    {
        var path = Path.Combine(folder, file);
        var lines = File.ReadAllLines(path).ToList();
        var header = lines[0].Split(',');
        var index = lines.FindIndex(1, l =>
        {
            var fields = l.Split(',');
            return matches(name => fields[Array.IndexOf(header, name)]);
        });
        Assert.True(index > 0, $"no such record in {file}");
        var id = lines[index].Split(',')[0];
        RewriteFile(folder, file, all => all.Where((_, i) => i != index).ToList());
        return id;
    }

    // Rewrites a batch file's lines (header first; records without line breaks) and its manifest entry.
    private static void RewriteFile(string folder, string file, Func<List<string>, List<string>> rewrite)
    {
        var path = Path.Combine(folder, file);
        var lines = rewrite(File.ReadAllLines(path).ToList());
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        var manifestPath = Path.Combine(folder, "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var entry = manifest["files"]![file]!;
        entry["rows"] = lines.Count - 1;
        entry["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        File.WriteAllText(manifestPath, manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>
    /// Loads every batch but the held-back ones, builds, loads the held-back ones, builds incrementally, snapshots
    /// every model table, builds fully and returns the incremental build's context and the tables that differ.
    /// </summary>
    private (BuildContext Context, List<string> Differences) BuildIncrementallyThenFully(Func<string, bool> heldBack,
        DateOnly? asKnownAt = null, Action<IReadOnlyList<string>>? beforeLater = null)
    {
        var folders = Directory.GetDirectories(_batches).SelectMany(Directory.GetDirectories).Order(StringComparer.Ordinal).ToList();
        var first = folders.Where(f => !heldBack(Path.GetFileName(f))).ToList();
        var later = folders.Where(f => heldBack(Path.GetFileName(f))).ToList();
        using var loader = WarehouseLoader.Open(Path.Combine(_folder, "warehouse.duckdb"));
        loader.Load(first);
        var initial = ModelBuilder.BuildWarehouse(loader.Connection, Catalog.Value, asKnownAt);
        Assert.Null(initial.Context!.RebuildFrom);
        beforeLater?.Invoke(later);
        if (later.Count > 0) loader.Load(later);

        var incremental = ModelBuilder.BuildWarehouse(loader.Connection, Catalog.Value, asKnownAt);
        Assert.DoesNotContain(incremental.Tests, t => !t.Passed && t.Test.Severity == TestSeverity.Error);
        _outcomes = incremental.Rebuilt;
        _lastRecords = Scalar(loader.Connection, "select count(*) from core_resident_last_records");
        var tables = ModelTables(loader.Connection);
        foreach (var table in tables) Exec(loader.Connection, $"create table snap_{table} as select * from {table}");

        ModelBuilder.BuildWarehouse(loader.Connection, Catalog.Value, asKnownAt, full: true);
        var differences = tables.Where(t => Scalar(loader.Connection, $"""
            select count(*) from ((select * from snap_{t} except all select * from {t})
                                  union all (select * from {t} except all select * from snap_{t}))
            """) > 0).ToList();
        Assert.Contains("indicator_values", tables);
        Assert.True(Scalar(loader.Connection, "select count(*) from indicator_values") > 1000);
        return (incremental.Context!, differences);
    }

    private static List<string> ModelTables(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select table_name from information_schema.tables where table_type = 'BASE TABLE'";
        using var reader = command.ExecuteReader();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) existing.Add(reader.GetString(0));
        return Catalog.Value.Models.Where(m => m.Materialization != Materialization.View && existing.Contains(m.Name))
            .Select(m => m.Name).ToList();
    }

    private static void Exec(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
