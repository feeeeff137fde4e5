using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.People;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.Defects;

/// <summary>
/// Defects that arise at the source, in the register itself: events entered late, values entered wrong and
/// corrected in a later batch, records deleted at the source. <see cref="DefectLevel.None"/> has none of them.
/// </summary>
internal sealed class SourceDefects
{
    /// <summary>Duplicate registrations get resident numbers from here on (R5000001 …), apart from real ones.</summary>
    public const int PhantomSeqBase = 5_000_000;

    private readonly double _factor;

    public SourceDefects(DefectLevel level) => _factor = level switch
    {
        DefectLevel.None => 0,
        DefectLevel.Realistic => 1,
        _ => 4,
    };

    public bool Enabled => _factor > 0;

    /// <summary>Chance that an event reaches the register only 1–3 months late: higher in careless communities.</summary>
    public double LateReportProbability(double diligence) => Math.Min(0.6, _factor * (0.09 * (1 - diligence) + 0.008));

    /// <summary>Sometimes a new resident's name or birth date is entered wrong and corrected 1–4 months later.</summary>
    public void MaybeMistake(DistrictState s, int person, int firstMonth)
    {
        if (!Enabled || !s.DefectRng.Chance(0.004 * _factor)) return;
        ref var p = ref s.People[person];
        p.CorrectedMonth = firstMonth + s.DefectRng.Between(1, 4);
        if (s.DefectRng.Chance(0.3)) p.Flags |= PersonFlags.CorrectBirthDate;
    }

    /// <summary>Sometimes a birth's child_sex is entered wrong and corrected later.</summary>
    public void MaybeMistakeBirth(DistrictState s, ref BirthRecord birth)
    {
        if (Enabled && s.DefectRng.Chance(0.015 * _factor)) birth.CorrectedMonth = birth.VisibleMonth + s.DefectRng.Between(1, 3);
    }

    /// <summary>The month a record dated in <paramref name="month"/> is deleted at the source, or never.</summary>
    public int DeletionMonth(Rng rng, int month, double weight = 1) =>
        Enabled && rng.Chance(0.002 * _factor * weight) ? month + rng.Between(1, 4) : int.MaxValue;

    /// <summary>
    /// A duplicate registration of someone already present (same person, new resident id, 补登), noticed and
    /// deleted at the source one to three months later. Duplicates live apart from the simulated people, so the
    /// world itself is the same at every defect level.
    /// </summary>
    public void MaybePhantom(DistrictState s, int monthStart, int monthEnd)
    {
        if (!Enabled) return;
        var n = s.DefectRng.Poisson(0.25 * _factor);
        for (var i = 0; i < n; i++)
        {
            var original = s.DefectRng.Next(s.People.Count);
            var copy = s.People[original];
            if (!copy.IsPresent || copy.FirstMonth > Days.MonthOf(monthStart)) continue;
            var month = Days.MonthOf(monthStart);
            copy.Seq = PhantomSeqBase + s.Phantoms.Count + 1;
            copy.Spouse = -1;
            copy.Measure = -1;
            copy.Pregnancy = -1;
            copy.ArrivalReason = 4;
            copy.ArrivalDay = s.DefectRng.Between(monthStart, monthEnd);
            copy.FirstMonth = month;
            copy.DeletedMonth = month + s.DefectRng.Between(1, 3);
            copy.CorrectedMonth = 0;
            s.Phantoms.Add(copy);
        }
    }
}
