using System.Text;
using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;

namespace CommunityFp.Assessment.Tests;

/// <summary>A small hand-made tree and schemes written inline, with answers computed by hand in each test.</summary>
internal static class Fixtures
{
    public const string City = "2202";
    public const string District = "220201";
    public const string Street = "22020101";
    public const string CommunityA = "2202010101";
    public const string CommunityB = "2202010102";

    public static LoadedScheme Scheme(string json) => SchemeLoader.Load(Encoding.UTF8.GetBytes(json), "test.jsonc");

    public static SchemeLoadResult TryScheme(string json) => SchemeLoader.TryLoad(Encoding.UTF8.GetBytes(json), "test.jsonc");

    /// <summary>A community-only scheme; the caller's criteria must add up to <paramref name="total"/>.</summary>
    public static string CommunityJson(string criteria, string vetoes = "", string standards = "", string targets = "", decimal total = 100) => $$"""
        {
          "scheme": "test", "version": 1, "year": 2007,
          "levels": {
            "community": {
              "total": {{total}},
              "criteria": [ {{criteria}} ],
              "vetoes": [ {{vetoes}} ],
              "standards": [ {{standards}} ],
            },
          },
          "targets": [ {{targets}} ],
        }
        """;

    public static LoadedScheme CommunityScheme(string criteria, string vetoes = "", string standards = "", string targets = "", decimal total = 100) =>
        Scheme(CommunityJson(criteria, vetoes, standards, targets, total));

    /// <summary>city → district → street → communities A and B, in each given year.</summary>
    public static InMemoryAssessmentInputs Tree(params int[] years) => new InMemoryAssessmentInputs()
        .AddUnit(City, AssessmentLevel.City, null, "吉林市", years)
        .AddUnit(District, AssessmentLevel.District, City, "船营区", years)
        .AddUnit(Street, AssessmentLevel.Street, District, "北京路街道", years)
        .AddUnit(CommunityA, AssessmentLevel.Community, Street, "甲社区", years)
        .AddUnit(CommunityB, AssessmentLevel.Community, Street, "乙社区", years);

    public static UnitResult Unit(this AssessmentResult result, string code) => result.Units.Single(u => u.UnitCode == code);

    public static CriterionResult Criterion(this AssessmentResult result, string code, string indicator) =>
        result.Criteria.Single(c => c.UnitCode == code && c.Indicator == indicator);
}
