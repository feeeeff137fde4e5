using System.Globalization;
using CommunityFp.Generator.Core;
using CommunityFp.Generator.Writing;

namespace CommunityFp.Generator.Defects;

/// <summary>
/// Lists the source defects that take effect in one batch (first version only): events first appearing later
/// than the timeliness rule allows (<see cref="DefectKinds.LateReport"/>), values corrected since the previous
/// batch (<see cref="DefectKinds.Correction"/>), records gone since the previous batch
/// (<see cref="DefectKinds.SourceDeletion"/>). Only realistic and heavy runs have any.
/// </summary>
internal static class SourceDefectLedger
{
    public static List<InjectedDefect> For(BatchView v, string folder)
    {
        var list = new List<InjectedDefect>();
        var s = v.State;
        if (!s.Settings.Defects.Enabled) return list;
        var m = v.Month;
        var (_, previousAsOf) = Population.DistrictSimulation.Bounds(m - 1);
        void Add(string kind, string file, char prefix, int seq, string digits) =>
            list.Add(new InjectedDefect(folder, kind, file, prefix + seq.ToString(digits, CultureInfo.InvariantCulture)));
        bool Late(int day, int visibleMonth) => visibleMonth == m && day >= s.Settings.FirstDay && v.AsOf > day + 31;

        for (var i = 0; i < s.Phantoms.Count; i++)
            if (s.Phantoms[i].DeletedMonth == m && s.Phantoms[i].FirstMonth < m) Add(DefectKinds.SourceDeletion, "residents.csv", 'R', s.Phantoms[i].Seq, "D7");
        for (var i = 0; i < s.People.Count; i++)
        {
            ref var p = ref s.People[i];
            if (p.CorrectedMonth == m && p.FirstMonth < m && m < p.DropMonth) Add(DefectKinds.Correction, "residents.csv", 'R', p.Seq, "D7");
            if (p.Status != 1 && p.StatusDay <= v.AsOf && m < p.DropMonth && Late(p.StatusDay, p.StatusMonth)) Add(DefectKinds.LateReport, "residents.csv", 'R', p.Seq, "D7");
        }
        for (var i = 0; i < s.Births.Count; i++)
        {
            ref var b = ref s.Births[i];
            if (b.CorrectedMonth == m && b.VisibleMonth < m) Add(DefectKinds.Correction, "births.csv", 'B', b.Seq, "D7");
            if (Late(b.Day, b.VisibleMonth) && v.IsBirthWritten(i)) Add(DefectKinds.LateReport, "births.csv", 'B', b.Seq, "D7");
        }
        for (var i = 0; i < s.Measures.Count; i++)
            if (Late(s.Measures[i].Start, s.Measures[i].VisibleMonth) && v.IsMeasureWritten(i)) Add(DefectKinds.LateReport, "contraception.csv", 'M', s.Measures[i].Seq, "D7");
        for (var i = 0; i < s.Pregnancies.Count; i++)
            if (Late(s.Pregnancies[i].Registered, s.Pregnancies[i].VisibleMonth)) Add(DefectKinds.LateReport, "pregnancies.csv", 'P', s.Pregnancies[i].Seq, "D7");
        for (var i = 0; i < s.Visits.Count; i++)
            if (s.Visits[i].DeletedMonth == m && s.Visits[i].Day <= previousAsOf) Add(DefectKinds.SourceDeletion, "followups.csv", 'V', s.Visits[i].Seq, "D8");
        for (var i = 0; i < s.Activities.Count; i++)
            if (s.Activities[i].DeletedMonth == m && s.Activities[i].Day <= previousAsOf) Add(DefectKinds.SourceDeletion, "activities.csv", 'A', s.Activities[i].Seq, "D6");
        return list;
    }
}
