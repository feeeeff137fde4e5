using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using static CommunityFp.Cli.Tests.BuiltTinyWarehouse;

namespace CommunityFp.Cli.Tests;

/// <summary><c>cfp assess</c> on the generator's tiny world: stored runs, summaries, reproducibility, diffs, evidence.</summary>
public class AssessTests(BuiltTinyWarehouse warehouse) : IClassFixture<BuiltTinyWarehouse>
{
    private static readonly string[] RunTables = ["assessment_units", "assessment_criteria", "assessment_vetoes", "assessment_veto_evidence", "target_progress"];

    [Fact]
    public void Assessing_2007_stores_a_run_that_assesses_every_community_and_prints_a_summary_per_district()
    {
        var db = warehouse.Copy();
        var result = Assess(db, "--year", "2007");

        Assert.Matches(@"Stored run 2007-[0-9a-f]{12}\.", result.Output);
        Assert.Matches(@"District 220202 \S+: \d+ communities; 达标 \(dabiao\) \d+, 先进 \(xianjin\) \d+; vetoed \d+\.", result.Output);
        Assert.Matches(@"Target 2202 community dabiao >= 0.90 by 2007-12-31: .* — (met|missed|on track|at risk|off track)", result.Output);
        var communities = Column(db, """
            select code from stg_org_units
            where level = 4 and valid_from <= date '2007-12-31' and (valid_to is null or valid_to >= date '2007-12-31') order by code
            """);
        Assert.NotEmpty(communities);
        Assert.Equal(communities, Column(db, "select unit_code from assessment_units where level = 'community' order by unit_code"));
        Assert.All(Column(db, "select count(*) from assessment_criteria c join assessment_units u using (run_id, unit_code) where u.level = 'community' group by c.unit_code"),
            n => Assert.Equal("9", n));
    }

    [Fact]
    public void The_same_inputs_give_the_same_run_id_and_byte_identical_exports_and_a_second_run_is_reported_as_already_stored()
    {
        var first = warehouse.Copy();
        var second = warehouse.Copy();
        var runId = RunId(Assess(first, "--year", "2007").Output);

        var again = Assess(first, "--year", "2007");
        Assert.Contains($"Run {runId} already stored", again.Output);
        Assert.Equal(runId, RunId(Assess(second, "--year", "2007").Output));
        Assert.Equal(["1"], Column(first, "select count(*) from assessment_runs"));
        foreach (var table in RunTables)
            Assert.Equal(File.ReadAllBytes(Export(first, table)), File.ReadAllBytes(Export(second, table)));

        var list = CliRunner.Run("assess", "--list", "--db", first);
        Assert.Equal(ExitCodes.Success, list.ExitCode);
        Assert.Matches($@"{runId}\s+2007\s+jilin-community-2007 v1\s+all loaded", list.Output);
    }

    [Fact]
    public void Diff_between_a_run_known_at_an_early_date_and_one_with_everything_loaded_lists_the_changed_units_and_criteria()
    {
        var db = warehouse.Copy();
        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--as-known-at", "2008-01-10", "--db", db).ExitCode);
        var early = RunId(Assess(db, "--year", "2007", "--as-known-at", "2008-01-10").Output);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--db", db).ExitCode);
        var late = RunId(Assess(db, "--year", "2007").Output);
        Assert.NotEqual(early, late);

        var diff = CliRunner.Run("assess", "diff", early, late, "--db", db);
        Assert.True(diff.ExitCode == ExitCodes.Success, diff.Error);
        Assert.Contains("as known at 2008-01-10", diff.Output);
        var earlyUnits = Path.Combine(warehouse.Root, Guid.NewGuid().ToString("N") + ".csv");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", "assessment_units", "--out", earlyUnits, "--run", early, "--db", db).ExitCode);
        Assert.All(File.ReadAllLines(earlyUnits).Skip(1), row => Assert.StartsWith(early + ",", row));
        // The late re-sends of November and December 2007 change what the early run could see, or the diff says nothing changed.
        var units = Regex.Matches(diff.Output, @"^  (\d+) (community|street|district): ", RegexOptions.Multiline);
        if (units.Count == 0) Assert.Contains("No unit's score, standards or veto changed.", diff.Output);
        else
        {
            Assert.Contains($"{units.Count} units changed:", diff.Output);
            Assert.Contains("    criterion ", diff.Output);
        }
    }

    [Fact]
    public void A_third_birth_without_a_certificate_vetoes_its_community_and_street_with_evidence_naming_the_birth_by_record_id_only()
    {
        var db = warehouse.Copy();
        var birth = MakeThirdBirthWithoutCertificate(db);
        Assess(db, "--year", "2007");

        var evidence = File.ReadAllLines(Export(db, "assessment_veto_evidence")).Skip(1).ToArray();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, row => Assert.Contains($",illegal_multiple_birth,{birth.Community},births,{birth.Id},{birth.Date},{birth.Community}", row));
        Assert.Contains(Column(db, "select unit_code from assessment_vetoes where rule_id = 'illegal_multiple_birth'"), u => u == birth.Community);
        Assert.Contains(Column(db, "select unit_code from assessment_vetoes where rule_id = 'illegal_multiple_birth'"), u => u == birth.Community[..9]);

        var personal = Column(db, "select distinct name from hist_residents where name is not null union select distinct citizen_id from hist_residents where citizen_id is not null");
        Assert.NotEmpty(personal);
        foreach (var table in RunTables)
        {
            var text = File.ReadAllText(Export(db, table));
            Assert.DoesNotContain(personal, p => p.Length >= 2 && text.Contains(p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_scheme_file_with_an_error_exits_1_naming_the_json_path()
    {
        var scheme = Path.Combine(warehouse.Root, Guid.NewGuid().ToString("N") + ".jsonc");
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemes", "jilin-2007.jsonc"));
        File.WriteAllText(scheme, text.Replace("\"indicator\": \"followup_completion\", \"weight\": 15", "\"indicator\": \"followup_complete\", \"weight\": 15"));

        var result = CliRunner.Run("assess", "--year", "2007", "--scheme", scheme, "--db", warehouse.Database);
        Assert.Equal(ExitCodes.InputRefused, result.ExitCode);
        Assert.Contains("$.levels.community.criteria[2].indicator", result.Error);
        Assert.Contains("followup_complete", result.Error);
    }

    [Fact]
    public void Assessing_a_warehouse_that_was_never_built_is_a_usage_error_that_says_to_run_cfp_build()
    {
        var db = Path.Combine(warehouse.Root, Guid.NewGuid().ToString("N") + ".duckdb");
        using (var connection = new DuckDBConnection("DataSource=" + db)) connection.Open();

        var result = CliRunner.Run("assess", "--year", "2007", "--db", db);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("run 'cfp build' first", result.Error);
    }

    [Fact]
    public void Assessing_as_known_at_a_date_the_last_build_did_not_use_is_refused_and_says_which_build_to_run()
    {
        var result = CliRunner.Run("assess", "--year", "2007", "--as-known-at", "2007-10-01", "--db", warehouse.Copy());
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("built with everything loaded, not as known at 2007-10-01", result.Error);
        Assert.Contains("cfp build --as-known-at 2007-10-01", result.Error);
    }

    [Fact]
    public void Every_indicator_the_models_produce_is_in_the_engine_catalogue_as_one_value()
    {
        var produced = Column(warehouse.Database, "select distinct indicator from indicator_values order by 1");
        Assert.Contains("method_mix_iud", produced);
        Assert.All(produced, id =>
            Assert.True(Assessment.Indicators.IndicatorCatalog.Find(id) is { Kind: not Assessment.Indicators.IndicatorKind.MultiValued },
                $"{id} is not in the engine's catalogue as a single-valued indicator"));
    }

    [Fact]
    public void Assess_without_a_year_or_list_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, CliRunner.Run("assess", "--db", warehouse.Database).ExitCode);

    private sealed record Birth(string Id, string Date, string Community);

    /// <summary>
    /// Turns one 2007 birth of the built models into a third birth without a valid certificate, and counts it in
    /// third_plus_births_without_certificate of every unit whose 2007 territory holds its community, as a build would.
    /// </summary>
    private static Birth MakeThirdBirthWithoutCertificate(string db)
    {
        var row = Column(db, """
            select birth_id || '|' || strftime(birth_date, '%Y-%m-%d') || '|' || community_code from core_birth_checks
            where year(birth_date) = 2007 order by community_code, birth_id limit 1
            """).Single().Split('|');
        var birth = new Birth(row[0], row[1], row[2]);
        Execute(db, "update core_birth_checks set birth_order = 3, has_valid_certificate = false where birth_id = ?", birth.Id);
        Execute(db, """
            update indicator_values set numerator = numerator + 1, value = value + 1
            where indicator = 'third_plus_births_without_certificate' and period_type = 'year' and period = '2007'
              and org_code in (select unit_code from core_period_territories
                               where period_type = 'year' and period = '2007' and community_code = ?)
            """, birth.Community);
        return birth;
    }

    private static CliRunner.Result Assess(string db, params string[] args)
    {
        var result = CliRunner.Run(["assess", .. args, "--db", db]);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        return result;
    }

    private static string RunId(string output) =>
        Regex.Match(output, @"(?:Stored run|Run) (\d{4}-[0-9a-f]{12})").Groups[1].Value is { Length: > 0 } id ? id : throw new Xunit.Sdk.XunitException("no run id in: " + output);

    private string Export(string db, string table)
    {
        var file = Path.Combine(warehouse.Root, Guid.NewGuid().ToString("N") + ".csv");
        var result = CliRunner.Run("export", table, "--format", "csv", "--out", file, "--db", db);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        return file;
    }
}
