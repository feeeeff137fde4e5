using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.CommunityWork;

/// <summary>
/// 独生子女父母奖励费: each honour-certificate holder present is due a yearly reward, entered in June (or in
/// December for certificates issued in the second half) and paid in the second half of the year — diligent
/// communities pay all, others leave a few unpaid or pay them next spring. Also the one-time reward at 60 and
/// special-hardship support (特殊困难家庭扶助), both rare.
/// </summary>
internal sealed class Rewards
{
    private readonly DistrictState _s;

    public Rewards(DistrictState state) => _s = state;

    public void Month(int monthStart, int monthEnd)
    {
        var date = Days.ToDate(monthStart);
        if (date.Month is not (6 or 12)) return;
        var year = date.Year;
        var from = date.Month == 6 ? 0 : Days.Of(year, 7, 1);
        for (var i = 0; i < _s.Certificates.Count; i++)
        {
            ref var c = ref _s.Certificates[i];
            if (c.Type != CertificateIssuer.Honour || c.Issue > monthEnd || c.Issue < from) continue;
            if (!_s.People[c.Holder].IsPresent) continue;
            AddYearly(c.Holder, year, monthStart, monthEnd);
        }
    }

    private void AddYearly(int holder, int year, int monthStart, int monthEnd)
    {
        var rng = _s.Rng;
        var d = _s.Diligence(_s.People[holder].Community, monthStart);
        var paid = 0;
        if (rng.Chance(d >= 0.9 ? 0.999 : 0.90 + 0.09 * d)) paid = rng.Between(monthStart + 5, Math.Min(Days.Of(year, 12, 28), monthStart + 170));
        else if (rng.Chance(0.5)) paid = Days.Of(year + 1, 3, rng.Between(1, 28));
        Add(1, holder, year, 6000, paid, Days.MonthOf(monthEnd));
    }

    /// <summary>The one-time reward when an only child's mother turns 60, and rare hardship support.</summary>
    public void Person(int index, int monthStart, int monthEnd)
    {
        ref var p = ref _s.People[index];
        if (p.Sex != 2 || p.Parity != 1) return;
        var sixtieth = Days.AddYears(p.BirthDay, 60);
        if (sixtieth >= monthStart && sixtieth <= monthEnd && _s.Rng.Chance(0.6))
            Add(2, index, Days.YearOf(sixtieth), 100000, sixtieth + _s.Rng.Between(10, 60), Days.MonthOf(monthEnd));
        else if (Days.ToDate(monthStart).Month == 12 && monthStart - p.BirthDay > 49 * 365 && _s.Rng.Chance(0.0015))
            Add(3, index, Days.YearOf(monthStart), 96000, monthEnd - _s.Rng.Between(0, 10), Days.MonthOf(monthEnd));
    }

    private void Add(byte type, int beneficiary, int year, int cents, int paidDay, int visibleMonth) =>
        _s.Rewards.Add(new RewardRecord
        {
            Seq = _s.Rewards.Count + 1,
            Type = type,
            Beneficiary = beneficiary,
            Year = year,
            AmountCents = cents,
            PaidDay = paidDay,
            VisibleMonth = visibleMonth,
        });
}
