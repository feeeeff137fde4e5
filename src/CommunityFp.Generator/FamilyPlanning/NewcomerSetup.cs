using CommunityFp.Generator.Core;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>
/// The FP state of people who enter the register with a history (the initial population, arrivals):
/// married women of childbearing age mostly use a measure already; a share never do; floating adults
/// mostly carry a marriage-and-childbearing certificate from home.
/// </summary>
internal sealed class NewcomerSetup
{
    private readonly DistrictState _s;
    private readonly ContraceptionCare _care;
    private readonly CommunityWork.FloatingChecks _checks;

    public NewcomerSetup(DistrictState state, ContraceptionCare care, CommunityWork.FloatingChecks checks)
    {
        _s = state;
        _care = care;
        _checks = checks;
    }

    public void Household(int household, int day)
    {
        foreach (var m in _s.Households[household].Members.ToArray()) Person(m, day);
    }

    private void Person(int index, int day)
    {
        var rng = _s.Rng;
        ref var p = ref _s.People[index];
        var age = Days.Age(p.BirthDay, day);
        var d = _s.Diligence(p.Community, day);
        if (p.Sex == 2 && p.IsMarried && age is >= 15 and < 50)
        {
            if (rng.Chance(0.12 - 0.07 * d)) p.Flags |= People.PersonFlags.NonUser;
            else if (day - p.MarriageDay > 200 || rng.Chance(0.5)) _care.Initial(index, day, Math.Max(p.FirstMonth, Days.MonthOf(day)));
        }
        if (p.Hukou == 3 && age is >= 18 and < 50 && rng.Chance(0.93 + 0.05 * d))
        {
            var issue = day - rng.Between(10, 3 * 365);
            var visible = Math.Max(Days.MonthOf(day), p.FirstMonth);
            p.FloatingCert = CertificateIssuer.Issue(_s, CertificateIssuer.Floating, index, issue, issue + 3 * 365 + rng.Between(0, 200), visible);
        }
        // Arrivals are checked when the police issue the residence permit (暂住证), more reliably where the community follows up.
        if (p.Hukou == 3 && age is >= 18 and < 50 && day > _s.Settings.FirstDay && rng.Chance(0.3 + 0.6 * d))
            _checks.Check(index, day + rng.Between(0, 20), 2);
    }
}
