using CommunityFp.Generator.Core;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>Writes a birth into the births register (and, for births before the period, its certificate).</summary>
internal static class BirthRecorder
{
    public static int Record(DistrictState s, int mother, int father, int child, int day, int order, int certificate,
        int reportedDay, int visibleMonth)
    {
        ref var m = ref s.People[mother];
        var sex = child >= 0 ? s.People[child].Sex : (byte)1;
        var record = new BirthRecord
        {
            Seq = s.Births.Count + 1,
            Mother = mother,
            Father = father,
            Child = child,
            Day = day,
            Sex = sex,
            Order = (byte)Math.Min(3, order),
            Certificate = certificate,
            Community = m.Community,
            ReportedDay = reportedDay,
            VisibleMonth = visibleMonth,
            DeletedMonth = int.MaxValue,
            PriorRecorded = m.RecordedBirths,
        };
        s.Settings.Defects.MaybeMistakeBirth(s, ref record);
        m.RecordedBirths++;
        return s.Births.Add(record);
    }

    /// <summary>A birth from before the period, as the register holds it (old reported dates were often not kept).</summary>
    public static void RecordHistory(DistrictState s, int mother, int father, int child, int day, int order)
    {
        var rng = s.Rng;
        var certificate = -1;
        if (order == 1 && rng.Chance(0.97))
            certificate = CertificateIssuer.Issue(s, CertificateIssuer.FirstBirth, mother, day - rng.Between(120, 330), 0, s.Settings.FirstMonth);
        else if (order == 2 && rng.Chance(0.75))
            certificate = CertificateIssuer.Issue(s, CertificateIssuer.FurtherBirth, mother, day - rng.Between(300, 500), day + rng.Between(60, 300), s.Settings.FirstMonth);
        var reported = rng.Chance(0.6) ? day + rng.Between(0, 20) : 0;
        if (reported >= s.Settings.FirstDay) reported = 0;
        Record(s, mother, father, child, day, order, certificate, reported, s.Settings.FirstMonth);
    }
}
