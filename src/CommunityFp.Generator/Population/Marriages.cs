using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;

namespace CommunityFp.Generator.Population;

/// <summary>
/// Marriages (a new household for the couple, civil-affairs record, newly-wed guidance 新婚指导) and divorces.
/// Brides are mostly 22–30, grooms a couple of years older; when no groom lives in the district, he moves in.
/// </summary>
internal sealed class Marriages
{
    private readonly DistrictState _s;
    private readonly ContraceptionCare _care;
    private readonly Rng _rng;
    private readonly List<int> _women = [];
    private readonly List<int> _men = [];

    public Marriages(DistrictState state, ContraceptionCare care)
    {
        _s = state;
        _care = care;
        _rng = state.Rng;
    }

    public void Month(int monthStart, int monthEnd, int presentResidents)
    {
        var n = _rng.Poisson(presentResidents * _s.Settings.MarriageRate / 12);
        var divorces = _rng.Poisson(presentResidents * 0.0012 / 12);
        if (n == 0 && divorces == 0) return;
        Collect(monthStart);
        for (var i = 0; i < n && _women.Count > 0; i++)
        {
            var k = _rng.Next(_women.Count);
            var wife = _women[k];
            _women[k] = _women[^1];
            _women.RemoveAt(_women.Count - 1);
            Wed(wife, FindHusband(wife), _rng.Between(monthStart, monthEnd));
        }
        for (var i = 0; i < divorces; i++) Divorce(_rng.Between(monthStart, monthEnd));
    }

    private void Collect(int day)
    {
        _women.Clear();
        _men.Clear();
        for (var i = 0; i < _s.People.Count; i++)
        {
            ref var p = ref _s.People[i];
            if (!p.IsPresent || p.IsMarried || p.DeletedMonth != int.MaxValue) continue;
            var age = (day - p.BirthDay) / 365.25;
            // Bride ages: acceptance thinned outside 22–30 so the draw peaks in the mid-twenties.
            if (p.Sex == 2 && age is >= 20 and < 42 && (age is >= 22 and < 30 || _rng.Chance(0.3))) _women.Add(i);
            else if (p.Sex == 1 && age is >= 22 and < 48) _men.Add(i);
        }
    }

    private int FindHusband(int wife)
    {
        for (var attempt = 0; attempt < 12 && _men.Count > 0; attempt++)
        {
            var k = _rng.Next(_men.Count);
            var man = _men[k];
            var diff = (_s.People[wife].BirthDay - _s.People[man].BirthDay) / 365.25;
            if (diff is < -2 or > 8 || !_s.People[man].IsPresent || _s.People[man].IsMarried) continue;
            _men[k] = _men[^1];
            _men.RemoveAt(_men.Count - 1);
            return man;
        }
        return -1;
    }

    private void Wed(int wife, int husband, int day)
    {
        var w = _s.People[wife];
        var community = husband >= 0 && _rng.Chance(0.6) ? _s.People[husband].Community : w.Community;
        var h = _s.NewHousehold(community);
        if (husband < 0)
        {
            var birth = w.BirthDay - _rng.Between(0, 5 * 365);
            var hukou = _rng.Chance(0.6) ? (byte)2 : (byte)1;
            husband = _s.AddPerson(1, birth, hukou, 0, h, day, _rng.Chance(0.6) ? (byte)2 : (byte)3, _s.VisibleMonth(day, community));
            _s.People[husband].Employment = 1;
        }
        else Join(husband, h);
        Join(wife, h);
        var remarriage = w.Marital is 30 or 40 || _s.People[husband].Marital is 30 or 40;
        _s.Marry(wife, husband, day, remarriage ? (byte)22 : _rng.Chance(0.7) ? (byte)20 : (byte)21);
        _s.Marriages.Add(new MarriageRecord { Seq = _s.Marriages.Count + 1, Wife = wife, Husband = husband, Day = day, Community = community });
        Guidance(wife, day, community);
        if (_rng.Chance(0.55)) _s.People[wife].PlannedUptakeDay = day + _rng.Between(0, 45);
        if (_rng.Chance(0.05)) _s.People[wife].Flags |= People.PersonFlags.NonUser;
    }

    private void Join(int person, int household)
    {
        ref var p = ref _s.People[person];
        _s.Households[p.Household].Members.Remove(person);
        p.Household = household;
        p.Community = _s.Households[household].Community;
        _s.Households[household].Members.Add(person);
    }

    // 新婚指导 within 90 days of the marriage, as often as the community is diligent.
    private void Guidance(int wife, int day, int community)
    {
        var d = _s.Diligence(community, day);
        if (_rng.Chance(0.80 + 0.18 * d)) _care.AddVisit(wife, day + _rng.Between(3, 80), 4, -1, -1, 1);
    }

    private void Divorce(int day)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var i = _rng.Next(_s.People.Count);
            ref var p = ref _s.People[i];
            if (!p.IsPresent || p.Sex != 1 || !p.IsMarried || p.Spouse < 0 || (day - p.BirthDay) / 365 > 60) continue;
            ref var w = ref _s.People[p.Spouse];
            if (!w.IsPresent) continue;
            p.Marital = 40; w.Marital = 40;
            p.Spouse = -1; w.Spouse = -1;
            var open = _s.OpenCommunities(day).ToArray();
            Join(i, _s.NewHousehold(open[_rng.Next(open.Length)]));
            return;
        }
    }
}
