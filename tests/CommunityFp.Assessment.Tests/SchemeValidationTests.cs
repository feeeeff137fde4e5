using CommunityFp.Assessment.Schemes;
using static CommunityFp.Assessment.Tests.Fixtures;

namespace CommunityFp.Assessment.Tests;

/// <summary>Each kind of error a scheme can have, reported with its JSON path.</summary>
public class SchemeValidationTests
{
    private const string Good = """{ "indicator": "satisfaction_rate", "weight": 100, "rule": "threshold", "target": 0.85 }""";

    private static string SingleError(string json)
    {
        var result = TryScheme(json);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors).ToString();
    }

    [Fact]
    public void Unknown_indicator_names_its_path()
    {
        var json = CommunityJson($$"""
            {{Good.Replace("100", "70")}},
            { "indicator": "contraceptive_prevalence", "weight": 10, "rule": "threshold", "target": 0.85 },
            { "indicator": "followup_completion", "weight": 10, "rule": "threshold", "target": 0.85 },
            { "indicator": "foo", "weight": 10, "rule": "threshold", "target": 0.85 },
            """);
        Assert.Equal("$.levels.community.criteria[3].indicator: unknown indicator 'foo'", SingleError(json));
    }

    [Fact]
    public void Unknown_rule_names_its_path()
    {
        var json = CommunityJson(Good.Replace("threshold", "bonus"));
        Assert.Equal("$.levels.community.criteria[0].rule: unknown rule 'bonus' (expected deduct, linear or threshold)", SingleError(json));
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_the_total_are_refused()
    {
        var json = CommunityJson(Good.Replace("100", "95"));
        Assert.Equal("$.levels.community.criteria: weights add up to 95, not the level's total 100", SingleError(json));
    }

    [Fact]
    public void Fractional_weights_add_up_exactly()
    {
        var json = CommunityJson($"{Good.Replace("100", "7.5")}, {Good.Replace("100", "2.5").Replace("satisfaction_rate", "reporting_timeliness")}", total: 10);
        Assert.True(TryScheme(json).IsValid);
    }

    [Fact]
    public void A_standard_requiring_a_missing_indicator_names_the_requirement()
    {
        var json = CommunityJson(Good, standards: """{ "id": "dabiao", "min_score": 75, "requires": { "policy_compliant_birth_rate": ">= 0.90", "birth_ratee": ">= 0.9" } }""");
        Assert.Equal("$.levels.community.standards[0].requires.birth_ratee: unknown indicator 'birth_ratee'", SingleError(json));
    }

    [Fact]
    public void A_veto_with_no_condition_is_refused()
    {
        var json = CommunityJson(Good, vetoes: """{ "id": "illegal_multiple_birth", "indicator": "third_plus_births_without_certificate", "propagates": 1 }""");
        Assert.StartsWith("$.levels.community.vetoes[0].when: a veto with no condition", SingleError(json));
    }

    [Theory]
    [InlineData("0.90")]
    [InlineData("=> 0.90")]
    [InlineData(">= 90%")]
    public void Bad_comparison_syntax_names_its_path(string condition)
    {
        var json = CommunityJson(Good, standards: $$"""{ "id": "dabiao", "min_score": 75, "requires": { "policy_compliant_birth_rate": "{{condition}}" } }""");
        Assert.Equal($"$.levels.community.standards[0].requires.policy_compliant_birth_rate: bad comparison '{condition}': {Numbers.Comparison.Expected}", SingleError(json));
    }

    [Fact]
    public void Bad_veto_condition_names_its_path()
    {
        var json = CommunityJson(Good, vetoes: """{ "id": "v", "indicator": "third_plus_births_without_certificate", "when": "more than 0" }""");
        Assert.StartsWith("$.levels.community.vetoes[0].when: bad comparison 'more than 0'", SingleError(json));
    }

    [Fact]
    public void A_target_naming_an_unknown_standard_is_refused()
    {
        var json = CommunityJson(Good, standards: """{ "id": "dabiao", "min_score": 75 }""",
            targets: """{ "scope": "2202", "level": "community", "standard": "xianjin", "share": ">= 0.20", "by": "2007-12-31" }""");
        Assert.Equal("$.targets[0].standard: unknown standard 'xianjin' at level 'community'", SingleError(json));
    }

    [Fact]
    public void A_target_naming_an_unknown_level_is_refused()
    {
        var json = CommunityJson(Good, standards: """{ "id": "dabiao", "min_score": 75 }""",
            targets: """{ "scope": "2202", "level": "county", "standard": "dabiao", "share": ">= 0.90", "by": "2007-12-31" }""");
        Assert.Equal("$.targets[0].level: unknown level 'county' (expected community, street or district)", SingleError(json));
    }

    [Fact]
    public void A_target_on_a_level_the_scheme_does_not_assess_is_refused()
    {
        var json = CommunityJson(Good, standards: """{ "id": "dabiao", "min_score": 75 }""",
            targets: """{ "scope": "2202", "level": "street", "standard": "dabiao", "share": ">= 0.90", "by": "2007-12-31" }""");
        Assert.Equal("$.targets[0].level: the scheme does not assess level 'street'", SingleError(json));
    }

    [Fact]
    public void Share_of_children_attaining_needs_a_standard_of_the_child_level()
    {
        var json = $$"""
            { "scheme": "t", "version": 1, "year": 2007, "levels": {
                "community": { "criteria": [ {{Good}} ], "standards": [ { "id": "dabiao", "min_score": 75 } ] },
                "street": { "criteria": [ { "indicator": "share_of_children_attaining:xianjin", "weight": 100, "rule": "linear", "floor": 0.6, "target": 0.9 } ] } } }
            """;
        Assert.Equal("$.levels.street.criteria[0].indicator: unknown standard 'xianjin' at the child level 'community'", SingleError(json));
    }

    [Fact]
    public void A_requires_key_with_a_colon_is_named_in_bracket_notation()
    {
        var json = $$"""
            { "scheme": "t", "version": 1, "year": 2007, "levels": {
                "community": { "criteria": [ {{Good}} ], "standards": [ { "id": "dabiao", "min_score": 75 } ] },
                "street": { "criteria": [ {{Good}} ],
                  "standards": [ { "id": "dabiao", "min_score": 75, "requires": { "share_of_children_attaining:xianjin": ">= 0.5" } } ] } } }
            """;
        Assert.Equal("$.levels.street.standards[0].requires['share_of_children_attaining:xianjin']: unknown standard 'xianjin' at the child level 'community'", SingleError(json));
    }

    [Fact]
    public void Parent_only_indicators_are_refused_at_community_level()
    {
        var json = CommunityJson(Good.Replace("satisfaction_rate", "own_activities").Replace("0.85", "1"));
        Assert.Equal("$.levels.community.criteria[0].indicator: indicator 'own_activities' is for parent units (street, district) only", SingleError(json));
    }

    [Fact]
    public void A_proportion_target_written_as_a_percentage_is_refused()
    {
        var json = CommunityJson(Good.Replace("0.85", "85"));
        Assert.StartsWith("$.levels.community.criteria[0].target: 'satisfaction_rate' is a proportion", SingleError(json));
    }

    [Fact]
    public void Deduct_without_per_point_and_linear_without_floor_are_refused()
    {
        var json = CommunityJson("""
            { "indicator": "satisfaction_rate", "weight": 50, "rule": "deduct", "target": 0.85 },
            { "indicator": "reporting_timeliness", "weight": 50, "rule": "linear", "target": 0.95 },
            """);
        var errors = TryScheme(json).Errors.Select(e => e.Path).ToArray();
        Assert.Equal(["$.levels.community.criteria[0].per_point", "$.levels.community.criteria[1].floor"], errors);
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var json = CommunityJson(Good.Replace("satisfaction_rate", "foo").Replace("threshold", "bonus"),
            vetoes: """{ "id": "v", "indicator": "births" }""");
        Assert.Equal(3, TryScheme(json).Errors.Count);
    }

    [Fact]
    public void A_misspelt_property_names_its_path()
    {
        var json = CommunityJson(Good.Replace("\"weight\"", "\"wieght\""));
        Assert.StartsWith("$.levels.community.criteria[0].wieght: unknown property (line ", SingleError(json));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_its_path()
    {
        var json = CommunityJson(Good.Replace("100", "\"a hundred\""));
        Assert.StartsWith("$.levels.community.criteria[0].weight: wrong type of value (line ", SingleError(json));
    }

    [Fact]
    public void Malformed_json_names_the_place_and_line()
    {
        var error = SingleError("{\n  \"scheme\": \"t\"\n  \"version\": 1\n}");
        Assert.StartsWith("$: '\"' is invalid after a value", error);
        Assert.EndsWith("(line 3)", error);
    }

    [Fact]
    public void An_unknown_level_names_its_path()
    {
        var json = CommunityJson(Good).Replace("\"community\"", "\"county\"");
        Assert.Contains("$.levels.county: unknown level 'county' (expected community, street or district)", TryScheme(json).Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Loading_an_invalid_scheme_throws_with_every_error_in_the_message()
    {
        var error = Assert.Throws<SchemeValidationException>(() => Scheme(CommunityJson(Good.Replace("threshold", "bonus"))));
        Assert.Contains("$.levels.community.criteria[0].rule", error.Message);
        Assert.Single(error.Errors);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed() =>
        Assert.True(TryScheme("// a scheme\n" + CommunityJson(Good + ", // the only criterion\n")).IsValid);
}
