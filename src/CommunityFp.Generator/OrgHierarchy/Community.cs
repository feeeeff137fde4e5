namespace CommunityFp.Generator.OrgHierarchy;

/// <summary>A community (社区) with its resident groups, quality and place in the district's reorganisations.</summary>
internal sealed class Community
{
    public Community(int index, OrgUnit unit, int street, CommunityQuality quality)
    {
        Index = index;
        Unit = unit;
        Street = street;
        Quality = quality;
    }

    public int Index { get; }
    public OrgUnit Unit { get; }

    /// <summary>Index of its street in <see cref="DistrictOrg.Streets"/>.</summary>
    public int Street { get; }
    public CommunityQuality Quality { get; }

    /// <summary>Resident groups (居民小组), group number 1 … n.</summary>
    public List<OrgUnit> Groups { get; } = [];

    /// <summary>Residents wanted at the start (initial population only).</summary>
    public int TargetSize { get; set; }

    /// <summary>Number of FP staff (计生专干 and assistants) who sign follow-up visits.</summary>
    public int Staff { get; set; } = 2;

    public bool IsOpenOn(int day) => Unit.ValidFrom <= day && (Unit.ValidTo == 0 || Unit.ValidTo >= day);
}
