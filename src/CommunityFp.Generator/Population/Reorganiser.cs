using CommunityFp.Generator.OrgHierarchy;

namespace CommunityFp.Generator.Population;

/// <summary>Applies planned merges, splits and renames: households of a closed community move to its successors.</summary>
internal static class Reorganiser
{
    public static void Apply(DistrictState s, int monthStart)
    {
        foreach (var r in s.Org.Reorganisations)
        {
            if (r.Day != monthStart) continue;
            var offsets = new Dictionary<int, int>();
            var offset = 0;
            foreach (var c in r.Closed) { offsets[c.Index] = offset; offset += c.Groups.Count; }
            foreach (var household in s.Households)
            {
                if (!offsets.TryGetValue(household.Community, out var groupOffset)) continue;
                var group = household.Group + groupOffset;
                var successor = Successor(r, group, offset);
                if (r.Kind == ReorganisationKind.Split && successor == r.Successors[1]) group -= r.Successors[0].Groups.Count;
                household.Community = successor.Index;
                household.Group = (short)Math.Clamp(group, 1, successor.Groups.Count);
                foreach (var m in household.Members) s.People[m].Community = successor.Index;
            }
        }
    }

    private static Community Successor(Reorganisation r, int group, int totalGroups) =>
        r.Kind == ReorganisationKind.Split && group > r.Successors[0].Groups.Count && totalGroups > 1
            ? r.Successors[1]
            : r.Successors[0];
}
