using CommunityFp.Generator.Core;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>Contraceptive measures: starting, ending, switching, ageing out, and the follow-up visits (随访) due on them.</summary>
internal sealed class ContraceptionCare
{
    private readonly DistrictState _s;

    public ContraceptionCare(DistrictState state) => _s = state;

    public int Start(int woman, byte method, int startDay, int visibleMonth)
    {
        var measure = new MeasureRecord
        {
            Seq = _s.Measures.Count + 1,
            Woman = woman,
            Method = method,
            Start = startDay,
            VisibleMonth = Math.Max(visibleMonth, Days.MonthOf(startDay)),
            DeletedMonth = int.MaxValue,
        };
        // Follow-ups start with the first due date not long before the period (earlier ones are history).
        while (ContraceptiveMethods.DueDate(method, startDay, measure.NextDue) < _s.Settings.FirstDay - 45) measure.NextDue++;
        var index = _s.Measures.Add(measure);
        ref var w = ref _s.People[woman];
        w.Measure = index;
        w.PlannedUptakeDay = 0;
        return index;
    }

    public void End(int woman, int day, byte reason)
    {
        ref var w = ref _s.People[woman];
        if (w.Measure < 0) return;
        ref var m = ref _s.Measures[w.Measure];
        m.End = Math.Max(day, m.Start + 1);
        m.EndReason = reason;
        w.Measure = -1;
    }

    /// <summary>
    /// A measure in use on the first day (or on arrival), started some time after the last birth or the marriage;
    /// it enters the register with the woman (<paramref name="visibleMonth"/>), not before.
    /// </summary>
    public void Initial(int woman, int day, int visibleMonth)
    {
        ref var w = ref _s.People[woman];
        var age = Days.Age(w.BirthDay, day);
        var method = ContraceptiveMethods.Choose(_s.Rng, age, w.Parity);
        var earliest = Math.Max(w.MarriageDay, w.LastBirthDay + 42);
        earliest = Math.Max(earliest, w.BirthDay + 18 * 365);
        var latest = day - 1;
        if (earliest >= latest) earliest = latest - 30;
        var start = ContraceptiveMethods.IsLongActing(method) && w.LastBirthDay > 0
            ? Math.Min(latest, w.LastBirthDay + _s.Rng.Between(42, 720))
            : _s.Rng.Between(Math.Max(earliest, latest - 5 * 365), latest);
        Start(woman, method, Math.Max(start, earliest), visibleMonth);
    }

    /// <summary>Monthly care of one present woman: planned starts, new users, ageing out, switching.</summary>
    public void Month(int woman, int monthStart, int monthEnd, int month)
    {
        ref var w = ref _s.People[woman];
        var age = Days.Age(w.BirthDay, monthEnd);
        if (w.Measure >= 0)
        {
            if (age >= 50) { End(woman, Math.Max(monthStart, Days.AddYears(w.BirthDay, 50)), 4); return; }
            var method = _s.Measures[w.Measure].Method;
            if (method is ContraceptiveMethods.Condom or ContraceptiveMethods.Pill && w.Parity > 0 && _s.Rng.Chance(0.025))
                Switch(woman, _s.Rng.Between(monthStart, monthEnd), month, age);
            return;
        }
        if (!w.IsMarried || age is < 15 or >= 49 || w.Pregnancy >= 0) return;
        if (w.PlannedUptakeDay == 0 && (w.Flags & People.PersonFlags.NonUser) == 0 && monthStart - w.LastBirthDay > 60)
            w.PlannedUptakeDay = monthStart + _s.Rng.Between(0, 75);
        if (w.PlannedUptakeDay != 0 && w.PlannedUptakeDay <= monthEnd)
        {
            var day = Math.Max(w.PlannedUptakeDay, monthStart);
            Start(woman, ContraceptiveMethods.Choose(_s.Rng, age, w.Parity), day, _s.VisibleMonth(day, w.Community));
        }
    }

    private void Switch(int woman, int day, int month, int age)
    {
        End(woman, day, 3);
        ref var w = ref _s.People[woman];
        var method = _s.Rng.Chance(0.85) ? (age >= 35 ? ContraceptiveMethods.FemaleSterilisation : ContraceptiveMethods.Iud) : ContraceptiveMethods.Implant;
        Start(woman, method, day + 1, Math.Max(month, _s.VisibleMonth(day + 1, w.Community)));
    }

    /// <summary>Follow-up visits for due dates in the month, completed with the community's diligence.</summary>
    public void FollowUps(int monthStart, int monthEnd)
    {
        for (var i = 0; i < _s.Measures.Count; i++)
        {
            ref var m = ref _s.Measures[i];
            while (true)
            {
                var due = ContraceptiveMethods.DueDate(m.Method, m.Start, m.NextDue);
                if (due > monthEnd || (m.End != 0 && m.End <= due)) break;
                m.NextDue++;
                if (due >= monthStart - 45 && _s.People[m.Woman].IsPresent) Visit(i, due);
            }
        }
    }

    private void Visit(int measure, int due)
    {
        var rng = _s.Rng;
        ref var m = ref _s.Measures[measure];
        var community = _s.People[m.Woman].Community;
        var d = _s.Diligence(community, due);
        // Calibrated against the 2007 scheme run by the real engine: the excellent fifth reaches the 95% follow-up
        // that 先进 requires, adequate communities mostly fall a few points short.
        if (rng.Chance(0.62 + 0.36 * d))
            AddVisit(m.Woman, Math.Max(m.Start, due + rng.Between(-14, 30)), 1, measure, -1, rng.Chance(0.92) ? (byte)1 : (byte)2);
        else if (rng.Chance(0.35))
            AddVisit(m.Woman, due + rng.Between(0, 30), 1, measure, -1, 4);
        else if (rng.Chance(0.4))
            AddVisit(m.Woman, due + rng.Between(31, 60), 1, measure, -1, 1);
    }

    public void AddVisit(int woman, int day, byte type, int measure, int birth, byte result)
    {
        var community = _s.People[woman].Community;
        var visit = new VisitRecord
        {
            Seq = _s.Visits.Count + 1,
            Woman = woman,
            Day = day,
            Type = type,
            Measure = measure,
            Birth = birth,
            Result = result,
            Staff = (byte)_s.Rng.Between(1, _s.CommunityOf(community).Staff),
            // A visit dated in an earlier month (d − 14 across a month end) is first written in this month's batch:
            // a deletion can only come after that, or the ledger would record a record that was never shown.
            DeletedMonth = _s.Settings.Defects.DeletionMonth(_s.DefectRng, Math.Max(Days.MonthOf(day), _s.SimulatedMonth)),
        };
        _s.Visits.Add(visit);
    }
}
