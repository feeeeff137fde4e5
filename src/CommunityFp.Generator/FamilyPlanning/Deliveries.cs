using CommunityFp.Generator.Core;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>
/// The end of pregnancies: live births (child registered, birth and hospital records, post-partum visit,
/// honour certificate for only-child parents) and terminations. Also the late registration (补登) of children
/// whose birth the FP office never recorded.
/// </summary>
internal sealed class Deliveries
{
    private static readonly string[] HospitalsPool = ["吉林市妇产医院", "吉林市中心医院", "吉林市人民医院", "北华大学附属医院",
        "吉化总医院", "吉林市中西医结合医院", "吉林市第二人民医院", "吉林市妇幼保健院"];

    private readonly DistrictState _s;
    private readonly ContraceptionCare _care;
    private readonly Rng _rng;

    public Deliveries(DistrictState state, ContraceptionCare care)
    {
        _s = state;
        _care = care;
        _rng = state.Rng;
    }

    public static IReadOnlyList<string> Hospitals => HospitalsPool;

    public void Month(int month, int monthEnd)
    {
        if (_s.OutcomesByMonth.Remove(month, out var list))
            foreach (var index in list) Resolve(index, monthEnd);
        if (_s.LateRegistrations.Remove(month, out var late))
            foreach (var (mother, day, sex) in late) RegisterLate(mother, day, sex, month, monthEnd);
    }

    private void Resolve(int index, int monthEnd)
    {
        var c = _s.Conceptions[index];
        ref var w = ref _s.People[c.Woman];
        w.Pregnancy = -1;
        if (!w.IsPresent) return;
        if (c.Outcome != 1)
        {
            SetPregnancyOutcome(c.Pregnancy, c.Outcome, c.OutcomeDay, -1);
            if (w.IsMarried) w.PlannedUptakeDay = c.OutcomeDay + _rng.Between(7, 60);
            return;
        }
        Birth(c, monthEnd);
    }

    private void Birth(in Conception c, int monthEnd)
    {
        ref var w = ref _s.People[c.Woman];
        var day = c.OutcomeDay;
        var order = w.Parity + 1;
        w.Parity++;
        w.LastBirthDay = day;
        if (w.IsMarried && (w.Flags & People.PersonFlags.NonUser) == 0) w.PlannedUptakeDay = day + _rng.Between(60, 200);
        var sex = _rng.Chance(0.52) ? (byte)1 : (byte)2;
        Hospital(c.Woman, day, sex);
        if (c.Missing)
        {
            // Never reported: the child turns up months later as a register correction (补登), without a birth record.
            var month = Days.MonthOf(day) + _rng.Between(3, 12);
            if (!_s.LateRegistrations.TryGetValue(month, out var late)) _s.LateRegistrations[month] = late = [];
            late.Add((c.Woman, day, sex));
            return;
        }
        var child = AddChild(c.Woman, day, sex, 1, day, Days.MonthOf(day));
        var father = w.IsMarried && w.Spouse >= 0 ? w.Spouse : -1;
        var reported = ReportedDay(day, w.Community, monthEnd);
        var birth = BirthRecorder.Record(_s, c.Woman, father, child, day, order, c.Certificate, reported, Days.MonthOf(reported));
        SetPregnancyOutcome(c.Pregnancy, 1, day, birth);
        PostPartumVisit(c.Woman, day, birth);
        if (order == 1 && w.IsMarried && _rng.Chance(0.6))
        {
            var issue = day + _rng.Between(150, 700);
            w.HonourCert = CertificateIssuer.Issue(_s, CertificateIssuer.Honour, c.Woman, issue, 0, Days.MonthOf(issue));
        }
    }

    // On time: entered within the birth's own month. Late (a defect of reporting): 35–90 days after.
    private int ReportedDay(int day, int community, int monthEnd)
    {
        // The on-time draw comes first and always, so late reports never shift the world's random stream.
        var onTime = day + _rng.Between(0, Math.Min(10, monthEnd - day));
        var p = _s.Settings.Defects.LateReportProbability(_s.Diligence(community, day));
        return p > 0 && _s.DefectRng.Chance(p) ? day + _s.DefectRng.Between(35, 90) : onTime;
    }

    private int AddChild(int mother, int day, byte sex, byte arrivalReason, int arrivalDay, int firstMonth)
    {
        var m = _s.People[mother];
        var child = _s.AddPerson(sex, day, m.Hukou, m.Origin, m.Household, arrivalDay, arrivalReason, firstMonth);
        ref var c = ref _s.People[child];
        c.IdRegion = m.Hukou == 3 ? m.Origin : _s.Code;
        c.Name = Names.ChineseNames.WithSurnameOf(c.Name, m.IsMarried && m.Spouse >= 0 ? _s.People[m.Spouse].Name : m.Name);
        return child;
    }

    private void RegisterLate(int mother, int day, byte sex, int month, int monthEnd)
    {
        if (!_s.People[mother].IsPresent) return;
        var arrival = Math.Max(day, monthEnd - _rng.Between(0, 25));
        AddChild(mother, day, sex, 4, arrival, month);
    }

    private void SetPregnancyOutcome(int pregnancy, byte outcome, int day, int birth)
    {
        if (pregnancy < 0) return;
        ref var p = ref _s.Pregnancies[pregnancy];
        p.Outcome = outcome;
        p.OutcomeDay = day;
        p.Birth = birth;
    }

    // 产后访视 within 28 days, or late / never in careless communities.
    private void PostPartumVisit(int woman, int day, int birth)
    {
        var d = _s.Diligence(_s.People[woman].Community, day);
        if (_rng.Chance(0.82 + 0.175 * d)) _care.AddVisit(woman, day + _rng.Between(3, 26), 2, -1, birth, 1);
        else if (_rng.Chance(0.5)) _care.AddVisit(woman, day + _rng.Between(30, 60), 2, -1, birth, 1);
    }

    // Most births are in hospital; the health bureau's record may differ by a day or three.
    private void Hospital(int mother, int day, byte sex)
    {
        if (!_rng.Chance(0.97) || _s.People[mother].IdRegion == 0) return;
        var u = _rng.NextDouble();
        var offset = u < 0.8 ? 0 : u < 0.95 ? (_rng.Chance(0.5) ? 1 : -1) : _rng.Between(-3, 3);
        _s.HospitalBirths.Add(new HospitalBirthRecord
        {
            Seq = _s.HospitalBirths.Count + 1,
            Mother = mother,
            Day = day + offset,
            Sex = sex,
            Community = _s.People[mother].Community,
            Hospital = _rng.Next(HospitalsPool.Length),
        });
    }
}
