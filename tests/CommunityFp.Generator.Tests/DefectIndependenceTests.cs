using CommunityFp.Generator;
using CommunityFp.Generator.Diagnostics;

namespace CommunityFp.Generator.Tests;

/// <summary>Defects change what the batches say, never the world behind them.</summary>
public sealed class DefectIndependenceTests
{
    private static WorldStatistics World(DefectLevel level) =>
        WorldStatistics.ForYear(GenerationRun.Create(new GeneratorOptions(GeneratorScale.Tiny, "unused", Defects: level)), 2007);

    [Fact]
    public void Every_defect_level_simulates_the_same_people_and_events()
    {
        var clean = World(DefectLevel.None);
        var realistic = World(DefectLevel.Realistic);
        var heavy = World(DefectLevel.Heavy);
        Assert.Equal(clean.ToString(), realistic.ToString());
        Assert.Equal(clean.ToString(), heavy.ToString());
    }
}
