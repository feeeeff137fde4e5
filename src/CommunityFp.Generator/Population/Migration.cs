using CommunityFp.Generator.Core;
using CommunityFp.Generator.People;

namespace CommunityFp.Generator.Population;

/// <summary>
/// Household moves: within the district (the community code changes), to another district of the city
/// (a transfer), out of the city, and arrivals that keep the population and its floating share steady.
/// </summary>
internal sealed class Migration
{
    private const double FloatingOutRate = 0.017, RegisteredOutRate = 0.0011, InternalMoveRate = 0.0013;
    private readonly DistrictState _s;
    private readonly PopulationSeeder _seeder;
    private readonly IReadOnlyList<int> _otherDistricts;

    public Migration(DistrictState state, PopulationSeeder seeder, IReadOnlyList<int> otherDistricts)
    {
        _s = state;
        _seeder = seeder;
        _otherDistricts = otherDistricts;
    }

    public List<Transfer> Month(int monthStart, int monthEnd)
    {
        var transfers = new List<Transfer>();
        var rng = _s.Rng;
        var open = _s.OpenCommunities(monthStart).ToArray();
        int floatingOut = 0, registeredOut = 0;
        for (var h = 0; h < _s.Households.Count; h++)
        {
            var household = _s.Households[h];
            if (household.Members.Count == 0) continue;
            var floating = _s.People[household.Members[0]].Hukou == 3;
            if (rng.Chance(floating ? FloatingOutRate : RegisteredOutRate))
            {
                if (floating) floatingOut++; else registeredOut++;
                var day = rng.Between(monthStart, monthEnd);
                var to = !floating && _otherDistricts.Count > 0 && rng.Chance(0.35) ? _otherDistricts[rng.Next(_otherDistricts.Count)] : 0;
                if (to != 0) transfers.Add(Snapshot(h, to, day));
                MoveOut(h, day);
            }
            else if (open.Length > 1 && rng.Chance(InternalMoveRate))
            {
                var target = open[rng.Next(open.Length)];
                if (target != household.Community) _s.MoveHousehold(h, target);
            }
        }
        Arrivals(floatingOut, registeredOut, open, monthStart, monthEnd);
        return transfers;
    }

    private Transfer Snapshot(int h, int to, int day)
    {
        var members = _s.Households[h].Members;
        var people = members.Select(m => _s.People[m]).ToList();
        var measures = members.Select(m => _s.People[m].Measure is var k && k >= 0
            ? ((byte, int)?)(_s.Measures[k].Method, _s.Measures[k].Start) : null).ToList();
        // Spouse links are re-expressed as positions within the household so the receiving scope can re-link them.
        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            p.Spouse = members.IndexOf(p.Spouse);
            people[i] = p;
        }
        return new Transfer(to, day, people, measures);
    }

    private void MoveOut(int h, int day)
    {
        var members = _s.Households[h].Members.ToArray();
        var visible = _s.VisibleMonth(day, _s.Households[h].Community);
        foreach (var m in members) _s.EndResidence(m, 2, day, visible);
    }

    // Arrivals replace departures in kind, so the population and its floating share stay about level.
    private void Arrivals(int floatingOut, int registeredOut, int[] open, int monthStart, int monthEnd)
    {
        var rng = _s.Rng;
        var n = rng.Poisson(floatingOut + registeredOut + 0.3);
        for (var i = 0; i < n; i++)
        {
            var floating = rng.NextDouble() * (floatingOut + registeredOut + 0.3) < floatingOut + 0.1;
            var community = open[rng.Next(open.Length)];
            var day = rng.Between(monthStart, monthEnd);
            _seeder.Arrive(community, day, floating);
        }
    }

    /// <summary>Receives a household transferred from another district of the city.</summary>
    public void Receive(Transfer t, Action<int, byte, int> startMeasure)
    {
        var rng = _s.Rng;
        var open = _s.OpenCommunities(t.Day).ToArray();
        var h = _s.NewHousehold(open[rng.Next(open.Length)]);
        var indices = new int[t.Members.Count];
        for (var i = 0; i < t.Members.Count; i++)
        {
            var p = t.Members[i];
            var index = _s.AddPerson(p.Sex, p.BirthDay, p.Hukou == 1 && rng.Chance(0.5) ? (byte)2 : p.Hukou, p.Origin, h,
                t.Day, 2, Days.MonthOf(t.Day));
            ref var q = ref _s.People[index];
            q.Name = p.Name; q.IdRegion = p.IdRegion; q.IdSeq = p.IdSeq; q.Marital = p.Marital; q.MarriageDay = p.MarriageDay;
            q.Parity = p.Parity; q.LastBirthDay = p.LastBirthDay; q.Employment = p.Employment; q.Flags = p.Flags;
            indices[i] = index;
        }
        for (var i = 0; i < t.Members.Count; i++)
        {
            var spouse = t.Members[i].Spouse;
            _s.People[indices[i]].Spouse = spouse >= 0 ? indices[spouse] : -1;
            if (t.Measures[i] is { } m) startMeasure(indices[i], m.Method, m.Start);
        }
    }
}
