namespace CommunityFp.Generator.OrgHierarchy;

/// <summary>
/// A community's diligence: how reliably its FP office visits, registers, checks and reports. Drawn per
/// community in three tiers (a fifth excellent, most adequate, a few weak) so that the 2007 assessment
/// finds communities at every standard; it improves every year towards 2010 as the 11th Five-Year Plan intended.
/// </summary>
internal sealed class CommunityQuality
{
    public CommunityQuality(double initial) => Initial = initial;

    /// <summary>Diligence in 2005, 0 (neglected) … 1 (exemplary).</summary>
    public double Initial { get; }

    /// <summary>Diligence in a year: the gap to 1 narrows by 9% of the 2005 gap per year.</summary>
    public double In(int year) => Math.Min(1.0, Initial + (1 - Initial) * 0.09 * Math.Clamp(year - 2005, 0, 6));

    public static CommunityQuality Draw(Core.Rng rng)
    {
        var u = rng.NextDouble();
        var d = u < 0.17 ? 0.90 + 0.10 * rng.NextDouble()
            : u < 0.93 ? 0.60 + 0.30 * rng.NextDouble()
            : 0.25 + 0.35 * rng.NextDouble();
        return new CommunityQuality(d);
    }
}
