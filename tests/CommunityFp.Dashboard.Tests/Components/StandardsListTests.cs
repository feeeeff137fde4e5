using Bunit;
using CommunityFp.Dashboard.Components.Pages.Assessment;
using CommunityFp.Dashboard.Data;
using MudBlazor.Services;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>A unit's standards: attained or not, and why.</summary>
public sealed class StandardsListTests : BunitContext
{
    private static readonly Dictionary<string, IndicatorInfo> Catalog = new()
    {
        ["satisfaction_rate"] = new("satisfaction_rate", "群众满意率", "Satisfaction", "proportion", 1, "higher"),
    };

    public StandardsListTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void A_standard_not_attained_names_the_veto_earlier_vetoed_years_the_score_and_each_failed_requirement()
    {
        var hexie = new StandardOutcome("hexie", "和谐", false, NotVetoed: false, ScoreMet: false,
            [new RequirementOutcome("satisfaction_rate", ">= 0.90", 0.8, false, "could_be_noise"), new RequirementOutcome("satisfaction_rate", ">= 0.50", 0.8, true, "no_shortfall")],
            [2008, 2009]);
        var dabiao = new StandardOutcome("dabiao", "达标", true, true, true, [], []);
        var list = Render<StandardsList>(p => p.Add(s => s.Standards, [dabiao, hexie]).Add(s => s.Catalog, Catalog).Add(s => s.Year, 2009));
        Assert.Equal("true", list.Find("li[data-standard=dabiao]").GetAttribute("data-attained"));
        var why = list.Find("li[data-standard=hexie]").TextContent;
        Assert.Contains("被一票否决", why, StringComparison.Ordinal);
        Assert.Contains("2008 年曾被否决", why, StringComparison.Ordinal); // the run's own year is the veto above, not repeated
        Assert.DoesNotContain("2009", why, StringComparison.Ordinal);
        Assert.Contains("得分低于该等级最低分", why, StringComparison.Ordinal);
        Assert.Contains("群众满意率 80.0% (≥ 90.0%, 可能是随机波动（单位较小）)", why, StringComparison.Ordinal);
        Assert.DoesNotContain("≥ 50.0%", why, StringComparison.Ordinal);
    }
}
