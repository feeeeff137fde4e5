using CommunityFp.Generator.Defects;

namespace CommunityFp.Generator.Population;

/// <summary>The period simulated and the calibration targets of the population and FP processes.</summary>
internal sealed record SimulationSettings(int FirstDay, int LastDay, SourceDefects Defects)
{
    /// <summary>Crude birth rate (per person-year); Jilin City's urban districts had about 6–8‰.</summary>
    public double BirthRate { get; init; } = 0.0070;

    /// <summary>Crude death rate; about 5–6‰.</summary>
    public double DeathRate { get; init; } = 0.0055;

    /// <summary>Marriages per person-year (both spouses counted once as a couple).</summary>
    public double MarriageRate { get; init; } = 0.0068;

    /// <summary>Share of conceptions ending in a live birth (the rest: induced terminations and losses).</summary>
    public double LiveBirthShare { get; init; } = 0.86;

    public int FirstMonth => Core.Days.MonthOf(FirstDay);
}
