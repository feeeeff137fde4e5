using Bunit;
using CommunityFp.Dashboard.Components.Shared;

namespace CommunityFp.Dashboard.Tests.Components;

public sealed class ChangeArrowTests : BunitContext
{
    [Theory]
    [InlineData(1, "higher", "cfp-improved")]
    [InlineData(-1, "higher", "cfp-worsened")]
    [InlineData(-1, "lower", "cfp-improved")]
    [InlineData(1, "lower", "cfp-worsened")]
    public void A_change_is_coloured_by_the_indicators_better_direction(int direction, string better, string expected)
    {
        var arrow = Render<ChangeArrow>(p => p.Add(a => a.Direction, direction).Add(a => a.Better, better));
        Assert.Contains(expected, arrow.Find("span").ClassList);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(0, "higher")]
    public void Without_a_better_direction_or_without_a_change_there_is_no_colour(int direction, string? better)
    {
        var arrow = Render<ChangeArrow>(p => p.Add(a => a.Direction, direction).Add(a => a.Better, better));
        Assert.DoesNotContain("cfp-improved", arrow.Find("span").ClassList);
        Assert.DoesNotContain("cfp-worsened", arrow.Find("span").ClassList);
    }

    [Fact]
    public void An_unknown_change_shows_nothing()
    {
        Assert.Empty(Render<ChangeArrow>(p => p.Add(a => a.Direction, null)).Markup.Trim());
    }
}
