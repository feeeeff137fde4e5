using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityFp.Assessment.Schemes;
using Json.Schema;

namespace CommunityFp.Assessment.Tests;

/// <summary>The shipped schemes load, validate, say what assessment.md says, and match the published JSON Schema.</summary>
public class DefaultSchemeTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static TheoryData<string> SchemeFiles => new() { DefaultSchemes.Jilin2007File, DefaultSchemes.Jilin2010File };

    [Theory]
    [MemberData(nameof(SchemeFiles))]
    public void The_default_scheme_loads_and_validates(string file)
    {
        var result = SchemeLoader.TryLoad(File.ReadAllBytes(Path.Combine(DefaultSchemes.Directory, file)), file);
        Assert.Empty(result.Errors);
        Assert.Equal([AssessmentLevel.Community, AssessmentLevel.Street, AssessmentLevel.District], result.Scheme!.Scheme.Levels.Select(l => l.Level));
    }

    [Theory]
    [MemberData(nameof(SchemeFiles))]
    public void The_default_scheme_conforms_to_the_published_json_schema(string file)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(DefaultSchemes.Directory, DefaultSchemes.SchemaFile)));
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(DefaultSchemes.Directory, file)), documentOptions: Jsonc);
        var result = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_published_json_schema_refuses_an_unknown_rule()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(DefaultSchemes.Directory, DefaultSchemes.SchemaFile)));
        var document = JsonNode.Parse(Fixtures.CommunityJson("""{ "indicator": "satisfaction_rate", "weight": 100, "rule": "bonus", "target": 0.85 }"""), documentOptions: Jsonc);
        Assert.False(schema.Evaluate(document).IsValid);
    }

    [Fact]
    public void The_content_hash_is_the_sha256_of_the_file_bytes()
    {
        var bytes = File.ReadAllBytes(Path.Combine(DefaultSchemes.Directory, DefaultSchemes.Jilin2007File));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), DefaultSchemes.Jilin2007().ContentHash);
        Assert.NotEqual(DefaultSchemes.Jilin2007().ContentHash, DefaultSchemes.Jilin2010().ContentHash);
    }

    [Fact]
    public void The_2007_community_criteria_are_those_of_the_spec()
    {
        var community = DefaultSchemes.Jilin2007().Scheme.Level(AssessmentLevel.Community)!;
        var rows = community.Criteria.Select(c => $"{c.Indicator} {c.Weight} {c.Rule} {c.PerPoint} {c.Target} {c.WhenNoData}");
        Assert.Equal(
        [
            "policy_compliant_birth_rate 20 Deduct 2 0.95 Zero",
            "contraceptive_prevalence 15 Deduct 1 0.85 Zero",
            "followup_completion 15 Deduct 1 0.95 Zero",
            "postpartum_visit_rate 10 Deduct 1 0.90 Zero",
            "floating_certificate_check_rate 10 Deduct 1 0.95 Zero",
            "reporting_timeliness 10 Deduct 1 0.95 Zero",
            "birth_registration_completeness 10 Deduct 2 0.98 Exclude",
            "only_child_reward_delivery_rate 5 Threshold  1.00 Zero",
            "satisfaction_rate 5 Deduct 1 0.85 Zero",
        ], rows);
        Assert.Equal(["illegal_multiple_birth:> 0:1", "serious_under_reporting:< 0.90:0"],
            community.Vetoes.Select(v => $"{v.Id}:{v.When}:{v.Propagates}"));
        Assert.Equal(["dabiao:75", "xianjin:90"], community.Standards.Select(s => $"{s.Id}:{s.MinScore}"));
    }

    [Theory]
    [InlineData(AssessmentLevel.Street)]
    [InlineData(AssessmentLevel.District)]
    public void Street_and_district_weights_are_50_territory_40_share_10_own_activities(AssessmentLevel level)
    {
        var criteria = DefaultSchemes.Jilin2007().Scheme.Level(level)!.Criteria;
        Assert.Equal(50m, criteria.Take(9).Sum(c => c.Weight));
        Assert.Equal(("share_of_children_attaining:dabiao", 40m), (criteria[9].Indicator, criteria[9].Weight));
        Assert.Equal(("own_activities", 10m), (criteria[10].Indicator, criteria[10].Weight));
    }

    [Fact]
    public void The_2007_targets_are_90_percent_dabiao_and_20_percent_xianjin_by_end_2007()
    {
        var targets = DefaultSchemes.Jilin2007().Scheme.Targets.Select(t => $"{t.Scope} {t.Level} {t.Standard} {t.Share} {t.By:yyyy-MM-dd}");
        Assert.Equal(["2202 Community dabiao >= 0.90 2007-12-31", "2202 Community xianjin >= 0.20 2007-12-31"], targets);
    }

    [Fact]
    public void The_2010_scheme_adds_hexie_with_no_veto_in_2008_to_2010_and_its_target()
    {
        var scheme = DefaultSchemes.Jilin2010().Scheme;
        var hexie = scheme.Level(AssessmentLevel.Community)!.Standards.Single(s => s.Id == "hexie");
        Assert.Equal(85m, hexie.MinScore);
        Assert.Equal([2008, 2009, 2010], hexie.NoVetoInYears);
        Assert.Equal(
            ["policy_compliant_birth_rate >= 0.95", "satisfaction_rate >= 0.90", "evaluation_participation_rate >= 0.60", "reporting_timeliness >= 0.95"],
            hexie.Requires.Select(r => $"{r.Indicator} {r.Condition}"));
        Assert.Equal("2202 Community hexie >= 1.00 2010-12-31", scheme.Targets.Select(t => $"{t.Scope} {t.Level} {t.Standard} {t.Share} {t.By:yyyy-MM-dd}").Single());
    }

    [Theory]
    [InlineData(2006, "jilin-community-2007")]
    [InlineData(2007, "jilin-community-2007")]
    [InlineData(2008, "jilin-community-2010")]
    [InlineData(2010, "jilin-community-2010")]
    public void The_default_scheme_for_a_year_is_2010s_from_2008_on(int year, string scheme) =>
        Assert.Equal(scheme, DefaultSchemes.ForYear(year).Scheme.Id);
}
