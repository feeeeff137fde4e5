using CommunityFp.Generator.Core;
using CommunityFp.Generator.People;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>
/// Conceptions, pregnancies and births. The number of conceptions each month follows the target crude birth
/// rate; who conceives is weighted by age, marriage and parity (mostly first births of recently married women,
/// few second births, rare third births). What gets recorded depends on the community's diligence.
/// </summary>
internal sealed class Fertility
{
    private readonly DistrictState _s;
    private readonly ContraceptionCare _care;
    private readonly Rng _rng;
    private double[] _cumulative = new double[1024];
    private int[] _candidates = new int[1024];

    public Fertility(DistrictState state, ContraceptionCare care)
    {
        _s = state;
        _care = care;
        _rng = state.Rng;
    }

    /// <summary>Draws this month's conceptions among the women present.</summary>
    public void Conceive(int monthStart, int monthEnd, int presentResidents)
    {
        var expected = presentResidents * _s.Settings.BirthRate / 12 / _s.Settings.LiveBirthShare;
        var n = _rng.Poisson(expected);
        var count = CollectCandidates(monthStart);
        for (var i = 0; i < n && count > 0; i++)
        {
            var u = _rng.NextDouble() * _cumulative[count - 1];
            var k = Array.BinarySearch(_cumulative, 0, count, u);
            if (k < 0) k = ~k;
            var woman = _candidates[Math.Min(k, count - 1)];
            if (_s.People[woman].Pregnancy >= 0) continue;
            Start(woman, _rng.Between(monthStart, monthEnd));
        }
    }

    private int CollectCandidates(int day)
    {
        var count = 0;
        double total = 0;
        for (var i = 0; i < _s.People.Count; i++)
        {
            ref var p = ref _s.People[i];
            if (p.Sex != 2 || !p.IsPresent || p.Pregnancy >= 0 || p.DeletedMonth != int.MaxValue) continue;
            var w = Weight(in p, day);
            if (w <= 0) continue;
            if (count == _candidates.Length)
            {
                Array.Resize(ref _candidates, count * 2);
                Array.Resize(ref _cumulative, count * 2);
            }
            total += w;
            _candidates[count] = i;
            _cumulative[count++] = total;
        }
        return count;
    }

    private double Weight(in Person p, int day)
    {
        var age = (day - p.BirthDay) / 365.25;
        if (age is < 18 or >= 45) return 0;
        if (p.Measure >= 0 && ContraceptiveMethods.IsPermanent(_s.Measures[p.Measure].Method)) return 0;
        if (p.LastBirthDay != 0 && day - p.LastBirthDay < 400) return 0;
        var ageFactor = age < 22 ? 0.25 : age < 25 ? 0.7 : age < 30 ? 1.0 : age < 35 ? 0.55 : age < 40 ? 0.18 : 0.04;
        var parityFactor = p.Parity switch
        {
            0 => p.IsMarried && day - p.MarriageDay < 3 * 365 ? 3.0 : 1.0,
            1 => (p.Flags & PersonFlags.SecondChildEligible) != 0 ? 0.25 : 0.035,
            2 => 0.08,
            _ => 0,
        };
        var maritalFactor = p.IsMarried ? 1.0 : p.Marital == 10 ? 0.003 : 0.006;
        return ageFactor * parityFactor * maritalFactor;
    }

    /// <summary>A conception on <paramref name="day"/>: outcome, certificate, registration and measure ending.</summary>
    public void Start(int woman, int day)
    {
        ref var w = ref _s.People[woman];
        var d = _s.Diligence(w.Community, day);
        var u = _rng.NextDouble();
        var outcome = u < _s.Settings.LiveBirthShare ? (byte)1 : u < 0.965 ? (byte)2 : (byte)3;
        var outcomeDay = outcome switch
        {
            1 => day + (int)Math.Clamp(_rng.Normal(273, 8), 250, 295),
            2 => day + _rng.Between(40, 80),
            _ => day + _rng.Between(50, 110),
        };
        var conception = new Conception { Woman = woman, Day = day, Outcome = outcome, OutcomeDay = outcomeDay, Certificate = -1, Pregnancy = -1 };
        conception.Missing = outcome == 1 && _rng.Chance(0.12 * (1 - d) * (1 - d) + 0.003);
        if (outcome == 1 && !conception.Missing) conception.Certificate = BirthCertificate(woman, day, d);
        if (!conception.Missing) conception.Pregnancy = Register(woman, day, outcomeDay, outcome, d);
        EndMeasureAtConception(woman, day);
        var index = _s.Conceptions.Add(conception);
        w.Pregnancy = index;
        var month = Days.MonthOf(outcomeDay);
        if (!_s.OutcomesByMonth.TryGetValue(month, out var list)) _s.OutcomesByMonth[month] = list = [];
        list.Add(index);
    }

    // First births of married women get a first-birth certificate; second births a permit when eligible or
    // approved; third births never have one (a one-vote veto). Weak communities miss a few.
    private int BirthCertificate(int woman, int day, double diligence)
    {
        ref var w = ref _s.People[woman];
        if (!w.IsMarried) return -1;
        if (w.Parity == 0)
        {
            if (!_rng.Chance(0.998 - 0.08 * (1 - diligence) * (1 - diligence))) return -1;
            var issue = day + _rng.Between(15, 90);
            return CertificateIssuer.Issue(_s, CertificateIssuer.FirstBirth, woman, issue, issue + 730, Days.MonthOf(issue));
        }
        if (w.Parity == 1)
        {
            var p = (w.Flags & PersonFlags.SecondChildEligible) != 0 ? 0.97 : 0.55 * diligence;
            if (!_rng.Chance(p)) return -1;
            var issue = day - _rng.Between(20, 240);
            return CertificateIssuer.Issue(_s, CertificateIssuer.FurtherBirth, woman, issue, issue + 540, _s.VisibleMonth(issue, w.Community));
        }
        return -1;
    }

    // 早孕建册: most pregnancies are registered in the first trimester (≥ 180 days before the birth).
    private int Register(int woman, int day, int outcomeDay, byte outcome, double diligence)
    {
        int registered;
        if (_rng.Chance(0.80 + 0.19 * diligence)) registered = day + _rng.Between(35, 80);
        else if (_rng.Chance(0.7)) registered = day + _rng.Between(100, 200);
        else return -1;
        if (registered >= outcomeDay) return -1;
        var community = _s.People[woman].Community;
        var record = new PregnancyRecord
        {
            Seq = _s.Pregnancies.Count + 1,
            Woman = woman,
            Registered = registered,
            Expected = day + 280,
            Birth = -1,
            VisibleMonth = _s.VisibleMonth(registered, community),
        };
        var index = _s.Pregnancies.Add(record);
        if (_rng.Chance(0.8))
        {
            var check = registered + _rng.Between(20, 70);
            if (check < outcomeDay) _care.AddVisit(woman, check, 3, -1, -1, 1);
        }
        return index;
    }

    // A measure in use ends at a pregnancy: removed beforehand (1) or a method failure found later (2).
    private void EndMeasureAtConception(int woman, int day)
    {
        ref var w = ref _s.People[woman];
        w.PlannedUptakeDay = 0;
        if (w.Measure < 0) return;
        if (_s.Measures[w.Measure].Start >= day)
        {
            // A measure that (as drawn for the first day) would start after this earlier conception never existed.
            _s.Measures[w.Measure].DeletedMonth = int.MinValue;
            w.Measure = -1;
            return;
        }
        var method = _s.Measures[w.Measure].Method;
        var failure = _rng.Chance(method == ContraceptiveMethods.Iud ? 0.10 : 0.2);
        if (failure) _care.End(woman, day + _rng.Between(40, 70), 2);
        else _care.End(woman, day - _rng.Between(1, 60), 1);
    }
}
