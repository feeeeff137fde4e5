using CommunityFp.Generator.Core;
using CommunityFp.Generator.People;

namespace CommunityFp.Generator.Population;

/// <summary>
/// Builds the population living in each community on the first day: households drawn from templates
/// (families with one child — the urban norm since 1980 —, three generations, elderly couples and widows,
/// young singles, divorced parents, floating workers) so that the city has about 2.9 persons per household,
/// 11% aged 0–14, 9% aged 65+ and 5–10% floating residents.
/// </summary>
internal sealed class PopulationSeeder
{
    private readonly DistrictState _s;
    private readonly Rng _rng;
    private readonly Action<int, int> _newHousehold;
    private int _t0;            // "now": the first day, or the day of an arrival
    private int _m0;            // the first batch month the new records appear in
    private byte _arrivalReason; // 0 while seeding the initial population

    /// <param name="newHousehold">Called with (household, day) once its members exist: sets up their FP state.</param>
    public PopulationSeeder(DistrictState state, Action<int, int> newHousehold)
    {
        _s = state;
        _rng = state.Rng;
        _newHousehold = newHousehold;
    }

    public void Seed()
    {
        _t0 = _s.Settings.FirstDay;
        _m0 = _s.Settings.FirstMonth;
        _arrivalReason = 0;
        foreach (var c in _s.Org.Communities.Where(c => c.IsOpenOn(_t0)).ToList())
        {
            var members = 0;
            while (members < c.TargetSize) members += AddHousehold(c.Index, null);
        }
    }

    /// <summary>A household moving in on <paramref name="day"/> from elsewhere in the city or from outside it.</summary>
    public void Arrive(int community, int day, bool floating)
    {
        _t0 = day;
        _m0 = _s.VisibleMonth(day, community);
        _arrivalReason = floating || _rng.Chance(0.45) ? (byte)3 : (byte)2;
        AddHousehold(community, floating);
    }

    private int AddHousehold(int community, bool? floating)
    {
        var h = _s.NewHousehold(community);
        if (floating is { } f)
        {
            if (f) FloatingHousehold(h);
            else if (_rng.Chance(0.75)) Family(h, _arrivalReason == 2 ? (byte)2 : (byte)1, 0);
            else YoungSingle(h);
            _newHousehold(h, _t0);
            return _s.Households[h].Members.Count;
        }
        var u = _rng.NextDouble();
        if (u < 0.75) Family(h, hukou: _rng.Chance(0.11) ? (byte)2 : (byte)1, origin: 0);
        else if (u < 0.82) Elderly(h);
        else if (u < 0.855) YoungSingle(h);
        else if (u < 0.895) DivorcedParent(h);
        else FloatingHousehold(h);
        _newHousehold(h, _t0);
        return _s.Households[h].Members.Count;
    }

    private int BirthDayForAge(double ageYears) => _t0 - (int)(ageYears * 365.25) - _rng.Next(365);

    private int Adult(int h, byte sex, int birthDay, byte hukou, int origin)
    {
        var arrival = Math.Max(birthDay, _t0 - _rng.Between(30, 365 * 20));
        var reason = hukou == 3 ? (byte)3 : _rng.Chance(0.5) ? (byte)2 : (byte)3;
        if (hukou == 1 && _rng.Chance(0.35)) { arrival = birthDay; reason = 1; }
        if (_arrivalReason != 0) { arrival = _t0; reason = _arrivalReason; }
        var p = _s.AddPerson(sex, birthDay, hukou, origin, h, arrival, reason, _m0);
        _s.People[p].Employment = EmploymentFor(sex, Days.Age(birthDay, _t0), hukou);
        return p;
    }

    public byte EmploymentFor(int sex, int age, byte hukou)
    {
        if (age < 6) return 0;
        if (age < 19) return 5;
        if (age < 23 && _rng.Chance(0.5)) return 5;
        if (age >= (sex == 2 ? 50 : 60)) return 4;
        var u = _rng.NextDouble();
        if (hukou == 3) return u < 0.45 ? (byte)2 : u < 0.85 ? (byte)1 : (byte)3;
        return u < 0.62 ? (byte)1 : u < 0.77 ? (byte)2 : u < 0.97 ? (byte)3 : (byte)9;
    }

    // Wives' ages follow the cohort sizes of the 1940s–1980s (the 1962–1975 baby boom is the biggest).
    private double FamilyWifeAge()
    {
        ReadOnlySpan<double> weights = [0.7, 1.15, 1.3, 0.75];
        return _rng.Pick(weights) switch
        {
            0 => _rng.Between(22, 29),
            1 => _rng.Between(30, 43),
            2 => _rng.Between(44, 54),
            _ => _rng.Between(55, 62),
        };
    }

    private void Family(int h, byte hukou, int origin)
    {
        var wifeAge = FamilyWifeAge();
        var wifeBirth = BirthDayForAge(wifeAge);
        var husbandBirth = wifeBirth - (int)(Math.Clamp(_rng.Normal(2, 2.2), -3, 9) * 365.25);
        var wife = Adult(h, 2, wifeBirth, hukou, origin);
        var husband = Adult(h, 1, husbandBirth, hukou, origin);
        var marriageAge = Math.Clamp(_rng.Normal(25.2, 2.4), 20, Math.Max(20, wifeAge));
        var marriageDay = Math.Min(_t0 - 30, wifeBirth + (int)(marriageAge * 365.25));
        _s.Marry(wife, husband, marriageDay, MaritalCode());
        JoinAtMarriage(wife, husband, marriageDay);
        if (_rng.Chance(0.08)) _s.People[wife].Flags |= PersonFlags.SecondChildEligible;
        AddChildren(h, wife, husband, marriageDay);
        if (_rng.Chance(wifeAge < 45 ? 0.28 : 0.08)) Grandparent(h, wifeBirth, hukou, origin);
        if (wifeAge >= 47 && _rng.Chance(0.35)) MarriedChildAtHome(h, wifeBirth, hukou);
    }

    // Three generations under one roof: a married son or daughter with a spouse and often a small child.
    private void MarriedChildAtHome(int h, int parentBirth, byte hukou)
    {
        var childBirth = Math.Min(BirthDayForAge(24), parentBirth + _rng.Between(22 * 365, 30 * 365));
        var sonAtHome = _rng.Chance(0.7);
        var wifeBirth = sonAtHome ? childBirth + _rng.Between(0, 3 * 365) : childBirth;
        var wife = Adult(h, 2, wifeBirth, hukou, 0);
        var husband = Adult(h, 1, sonAtHome ? childBirth : wifeBirth - _rng.Between(0, 3 * 365), hukou, 0);
        var marriageDay = Math.Min(_t0 - 60, wifeBirth + (int)(Math.Max(21.5, _rng.Normal(25, 1.5)) * 365.25));
        _s.Marry(wife, husband, marriageDay, 21);
        AddChildren(h, wife, husband, marriageDay);
    }

    // One spouse usually moved in at the wedding: the one not born here arrives on the marriage day.
    private void JoinAtMarriage(int wife, int husband, int marriageDay)
    {
        if (_arrivalReason != 0) return;
        var joiner = _s.People[husband].ArrivalReason != 1 ? husband : wife;
        var other = joiner == husband ? wife : husband;
        var day = Math.Max(marriageDay, _s.People[other].ArrivalDay);
        if (_s.People[joiner].ArrivalReason != 1 && day < _t0) _s.People[joiner].ArrivalDay = day;
    }

    private byte MaritalCode()
    {
        var u = _rng.NextDouble();
        return u < 0.7 ? (byte)20 : u < 0.95 ? (byte)21 : (byte)22;
    }

    private void AddChildren(int h, int mother, int father, int marriageDay)
    {
        var motherBirthYear = Days.YearOf(_s.People[mother].BirthDay);
        var count = ChildCount(motherBirthYear, (_t0 - marriageDay) / 365.25);
        var day = marriageDay + _rng.Between(300, 1000);
        for (var i = 0; i < count && day < _t0 - 30; i++)
        {
            var age = (_t0 - day) / 365.25;
            _s.People[mother].Parity++;
            _s.People[mother].LastBirthDay = day;
            if (LivesAtHome(age)) Child(h, mother, father, day, i + 1, recorded: age < 18);
            day += _rng.Between(3 * 365, 8 * 365);
        }
    }

    private int ChildCount(int motherBirthYear, double yearsMarried)
    {
        if (yearsMarried < 1.0) return 0;
        if (motherBirthYear >= 1962)
        {
            var u = _rng.NextDouble();
            return u < (yearsMarried < 3 ? 0.5 : 0.08) ? 0 : u < 0.935 ? 1 : u < 0.995 ? 2 : 3;
        }
        ReadOnlySpan<double> older = motherBirthYear >= 1950 ? [0.0, 0.55, 0.35, 0.10] : [0.0, 0.2, 0.4, 0.4];
        return _rng.Pick(older);
    }

    // Children stay with their parents until they marry, most of them into their mid-twenties.
    private bool LivesAtHome(double age) => age < 18 || _rng.Chance(age < 24 ? 0.9 : age < 30 ? 0.6 : 0.15);

    private void Child(int h, int mother, int father, int birthDay, int order, bool recorded)
    {
        var sex = _rng.Chance(0.515) ? (byte)1 : (byte)2;
        var m = _s.People[mother];
        var child = _s.AddPerson(sex, birthDay, m.Hukou, m.Origin, h, birthDay, 1, _m0);
        ref var c = ref _s.People[child];
        c.Name = Names.ChineseNames.WithSurnameOf(c.Name, _s.People[father >= 0 ? father : mother].Name);
        if (m.Hukou == 3 || _arrivalReason != 0)
        {
            c.ArrivalDay = Math.Max(birthDay, m.ArrivalDay);
            c.ArrivalReason = c.ArrivalDay == birthDay ? (byte)1 : m.ArrivalReason;
            recorded &= _arrivalReason == 0;
        }
        c.Employment = EmploymentFor(sex, Days.Age(birthDay, _t0), m.Hukou);
        if (recorded) FamilyPlanning.BirthRecorder.RecordHistory(_s, mother, father, child, birthDay, order);
    }

    private void Grandparent(int h, int childBirth, byte hukou, int origin)
    {
        var birth = childBirth - (int)(_rng.Normal(27, 3) * 365.25);
        if (Days.Age(birth, _t0) < 60) birth = BirthDayForAge(_rng.Between(62, 80));
        var p = Adult(h, _rng.Chance(0.7) ? (byte)2 : (byte)1, birth, hukou, origin);
        _s.People[p].Marital = 30;
    }

    private void Elderly(int h)
    {
        if (_rng.Chance(0.6))
        {
            var wifeBirth = BirthDayForAge(_rng.Between(60, _rng.Chance(0.7) ? 74 : 84));
            var wife = Adult(h, 2, wifeBirth, 1, 0);
            var husband = Adult(h, 1, wifeBirth - _rng.Between(0, 5 * 365), 1, 0);
            _s.Marry(wife, husband, wifeBirth + _rng.Between(21 * 365, 26 * 365), 20);
            _s.People[wife].Parity = (byte)_rng.Between(1, 3);
        }
        else
        {
            var p = Adult(h, _rng.Chance(0.72) ? (byte)2 : (byte)1, BirthDayForAge(_rng.Between(63, 92)), 1, 0);
            _s.People[p].Marital = 30;
        }
    }

    private void YoungSingle(int h)
    {
        Adult(h, _rng.Chance(0.5) ? (byte)1 : (byte)2, BirthDayForAge(_rng.Between(22, 33)), _rng.Chance(0.3) ? (byte)2 : (byte)1, 0);
    }

    private void DivorcedParent(int h)
    {
        var sex = _rng.Chance(0.6) ? (byte)2 : (byte)1;
        var parentBirth = BirthDayForAge(_rng.Between(30, 56));
        var p = Adult(h, sex, parentBirth, 1, 0);
        _s.People[p].Marital = 40;
        _s.People[p].MarriageDay = 0;
        if (sex == 2 && _rng.Chance(0.6))
        {
            var childBirth = Math.Min(_t0 - 60, parentBirth + _rng.Between(23 * 365, 32 * 365));
            _s.People[p].Parity = 1;
            _s.People[p].LastBirthDay = childBirth;
            if (LivesAtHome((_t0 - childBirth) / 365.25)) Child(h, p, -1, childBirth, 1, recorded: (_t0 - childBirth) < 18 * 365);
        }
    }

    private void FloatingHousehold(int h)
    {
        var origin = RegionCodes.FloatingOrigin(_rng);
        if (_rng.Chance(0.45))
        {
            Adult(h, _rng.Chance(0.55) ? (byte)1 : (byte)2, BirthDayForAge(_rng.Between(18, 35)), 3, origin);
            return;
        }
        var wifeBirth = BirthDayForAge(_rng.Between(21, 42));
        var wife = Adult(h, 2, wifeBirth, 3, origin);
        var husband = Adult(h, 1, wifeBirth - _rng.Between(0, 4 * 365), 3, origin);
        var marriageDay = Math.Min(_t0 - 30, wifeBirth + _rng.Between(21 * 365, 25 * 365));
        _s.Marry(wife, husband, marriageDay, 20);
        AddChildren(h, wife, husband, marriageDay);
    }
}
