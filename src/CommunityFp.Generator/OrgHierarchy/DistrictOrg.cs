using CommunityFp.Generator.Core;

namespace CommunityFp.Generator.OrgHierarchy;

/// <summary>
/// A district's org tree: the city and district rows, street offices, communities, resident groups, and the
/// merges, splits and renames planned over the period. Every unit that will ever exist is created up front
/// (successors with a later valid_from), so <see cref="AllUnits"/> is sorted once.
/// </summary>
internal sealed class DistrictOrg
{
    private readonly CommunityNames _names = new();
    private readonly Dictionary<int, int> _nextNumberInStreet = [];

    private DistrictOrg(int districtCode)
    {
        DistrictCode = districtCode;
        City = new OrgUnit(JilinDistricts.CityCode, JilinDistricts.CityName, 1, null, Days.Of(1995, 1, 1));
        District = new OrgUnit(districtCode, JilinDistricts.DistrictName(districtCode), 2, City, Days.Of(1995, 1, 1));
    }

    public int DistrictCode { get; }
    public OrgUnit City { get; }
    public OrgUnit District { get; }
    public List<OrgUnit> Streets { get; } = [];
    public List<Community> Communities { get; } = [];
    public List<Reorganisation> Reorganisations { get; } = [];

    /// <summary>Every unit, sorted by code text (the order rows are written in).</summary>
    public IReadOnlyList<OrgUnit> AllUnits { get; private set; } = [];

    public static DistrictOrg Build(int districtCode, int residents, ScaleProfile profile, int firstDay, int lastDay, Rng rng)
    {
        var org = new DistrictOrg(districtCode);
        var streetNames = JilinDistricts.Streets(districtCode);
        var streets = Math.Min(profile.StreetsPerDistrict, streetNames.Count);
        for (var s = 0; s < streets; s++)
            org.Streets.Add(new OrgUnit(districtCode * 1000L + s + 1, streetNames[s], 3, org.District, Days.Of(1998, 1, 1)));
        org.AddInitialCommunities(residents, profile.MeanCommunitySize, rng);
        org.PlanReorganisations(profile.ReorganisationsPerDistrict, firstDay, lastDay, rng);
        org.AllUnits = org.EnumerateUnits().OrderBy(u => u.CodeText, StringComparer.Ordinal).ToArray();
        return org;
    }

    private IEnumerable<OrgUnit> EnumerateUnits()
    {
        yield return City;
        yield return District;
        foreach (var s in Streets) yield return s;
        foreach (var c in Communities)
        {
            yield return c.Unit;
            foreach (var g in c.Groups) yield return g;
        }
    }

    // Community sizes are log-normal (about 200 to 8,000 residents) and dealt to streets in turn.
    private void AddInitialCommunities(int residents, int meanSize, Rng rng)
    {
        var total = 0;
        var street = 0;
        while (total < residents)
        {
            var size = (int)Math.Clamp(Math.Exp(rng.Normal(Math.Log(meanSize) - 0.18, 0.6)), 200, 8000);
            size = Math.Min(size, Math.Max(200, residents - total));
            var validFrom = Days.Of(rng.Between(1999, 2003), rng.Between(1, 12), 1);
            var community = AddCommunity(street, validFrom, CommunityQuality.Draw(rng), rng);
            community.TargetSize = size;
            AddGroups(community, (size + 279) / 280);
            total += size;
            street = (street + 1) % Streets.Count;
        }
    }

    private Community AddCommunity(int street, int validFrom, CommunityQuality quality, Rng rng)
    {
        var number = _nextNumberInStreet.GetValueOrDefault(street) + 1;
        _nextNumberInStreet[street] = number;
        var unit = new OrgUnit(Streets[street].Code * 1000 + number, _names.Next(rng), 4, Streets[street], validFrom);
        var community = new Community(Communities.Count, unit, street, quality) { Staff = rng.Between(1, 3) };
        Communities.Add(community);
        return community;
    }

    private static void AddGroups(Community community, int count)
    {
        var start = community.Groups.Count;
        for (var i = 1; i <= count; i++)
        {
            var n = start + i;
            community.Groups.Add(new OrgUnit(community.Unit.Code * 1000 + n,
                $"第{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}居民小组", 5, community.Unit, community.Unit.ValidFrom));
        }
    }

    // Renames first, then merges and splits, on the first day of a month well inside the period.
    private void PlanReorganisations(int count, int firstDay, int lastDay, Rng rng)
    {
        var first = Days.MonthOf(firstDay) + 1;
        var last = Days.MonthOf(lastDay) - 1;
        if (last < first) return;
        var candidates = Communities.ToList();
        for (var i = 0; i < count && candidates.Count >= 2; i++)
        {
            var month = rng.Between(first, last);
            var day = Days.Of(month / 12, month % 12 + 1, 1);
            var kind = (ReorganisationKind)(i % 3);
            var a = candidates[rng.Next(candidates.Count)];
            candidates.Remove(a);
            var closed = new List<Community> { a };
            if (kind == ReorganisationKind.Merge)
            {
                var sameStreet = candidates.Where(c => c.Street == a.Street).ToList();
                if (sameStreet.Count == 0) kind = ReorganisationKind.Rename;
                else { var b = sameStreet[rng.Next(sameStreet.Count)]; candidates.Remove(b); closed.Add(b); }
            }
            Reorganisations.Add(Plan(kind, day, closed, rng));
        }
    }

    private Reorganisation Plan(ReorganisationKind kind, int day, List<Community> closed, Rng rng)
    {
        foreach (var c in closed)
        {
            c.Unit.ValidTo = day - 1;
            foreach (var g in c.Groups) g.ValidTo = day - 1;
        }
        var successors = new List<Community>();
        var groups = closed.Sum(c => c.Groups.Count);
        var parts = kind == ReorganisationKind.Split ? 2 : 1;
        for (var p = 0; p < parts; p++)
        {
            var successor = AddCommunity(closed[0].Street, day, closed[0].Quality, rng);
            successor.Staff = closed[0].Staff;
            AddGroups(successor, parts == 1 ? groups : Math.Max(1, p == 0 ? (groups + 1) / 2 : groups / 2));
            successors.Add(successor);
        }
        return new Reorganisation(kind, day, closed, successors);
    }
}
