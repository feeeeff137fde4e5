using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>A year without a stored run is coloured against its default scheme file's targets.</summary>
public sealed class SchemeTargetsTests
{
    [Theory]
    [InlineData(2006)]
    [InlineData(2010)]
    public void The_default_scheme_gives_each_community_criterions_target_and_direction(int year)
    {
        var targets = SchemeTargets.DefaultFor(year);
        Assert.Equal(new IndicatorTarget("contraceptive_prevalence", 0.85, "higher"), targets["contraceptive_prevalence"]);
        Assert.Equal(new IndicatorTarget("only_child_reward_delivery_rate", 1, "higher"), targets["only_child_reward_delivery_rate"]);
        Assert.Equal(9, targets.Count);
    }
}
