using CommunityFp.Generator;
using CommunityFp.Generator.Diagnostics;

namespace CommunityFp.Generator.Tests;

/// <summary>The demo world's 2007 figures, measured once on the in-memory simulation (the truth the batches report).</summary>
public sealed class DemoWorld2007
{
    internal WorldStatistics Stats { get; } =
        WorldStatistics.ForYear(GenerationRun.Create(new GeneratorOptions(GeneratorScale.Demo, "unused")), 2007);
}

public sealed class CalibrationTests(DemoWorld2007 world) : IClassFixture<DemoWorld2007>
{
    private WorldStatistics S => world.Stats;

    [Fact]
    public void Demo_has_about_sixty_thousand_residents() => Assert.InRange(S.PopulationEnd, 54_000, 66_000);

    [Fact]
    public void Crude_birth_rate_is_6_to_8_per_mille() => Assert.InRange(S.BirthRate * 1000, 6.0, 8.0);

    [Fact]
    public void Crude_death_rate_is_5_to_6_per_mille() => Assert.InRange(S.DeathRate * 1000, 5.0, 6.0);

    [Fact]
    public void Households_hold_about_2_9_persons() => Assert.InRange(S.HouseholdSize, 2.7, 3.1);

    [Fact]
    public void About_11_percent_are_aged_0_to_14_and_9_percent_65_or_over()
    {
        Assert.InRange(S.Aged0To14, 0.095, 0.135);
        Assert.InRange(S.Aged65Plus, 0.075, 0.105);
    }

    [Fact]
    public void Floating_residents_are_5_to_10_percent_and_some_are_registered_elsewhere_in_the_city()
    {
        Assert.InRange(S.Floating, 0.05, 0.10);
        Assert.InRange(S.Hukou2, 0.03, 0.20);
    }

    [Fact]
    public void Contraceptive_prevalence_of_married_women_15_to_49_is_85_to_92_percent() =>
        Assert.InRange(S.Prevalence, 0.85, 0.92);

    [Fact]
    public void Method_mix_is_mostly_iud_then_sterilisation_then_condom()
    {
        Assert.InRange(S.MethodShare(1), 0.45, 0.55);
        Assert.InRange(S.MethodShare(2, 3), 0.25, 0.35);
        Assert.True(S.MethodShare(2) > S.MethodShare(3));
        Assert.InRange(S.MethodShare(7), 0.08, 0.12);
        Assert.InRange(S.MethodShare(6), 0.003, 0.03);
        Assert.InRange(S.MethodShare(4, 5), 0.005, 0.08);
    }

    [Fact]
    public void Births_are_mostly_first_births_with_a_few_second_births()
    {
        var recorded = S.FirstOrderBirths + S.SecondOrderBirths + S.ThirdOrderBirths;
        Assert.True(S.FirstOrderBirths > 0.9 * recorded);
        Assert.InRange(S.SecondOrderBirths, 1, 0.08 * recorded);
    }
}
