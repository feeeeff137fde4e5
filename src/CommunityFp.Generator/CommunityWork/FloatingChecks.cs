using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.CommunityWork;

/// <summary>
/// Verification of floating residents' 婚育证明 by the community, the police (residence permits), labour offices
/// (employment) and industry-and-commerce offices (business licences) — section 六(五). An expired or missing
/// certificate found at a check is usually replaced from the home region within a few months.
/// </summary>
internal sealed class FloatingChecks
{
    private static readonly double[] ByWeights = [0.5, 0.25, 0.15, 0.10];
    private readonly DistrictState _s;

    public FloatingChecks(DistrictState state) => _s = state;

    public void Person(int index, int monthStart, int monthEnd)
    {
        var rng = _s.Rng;
        ref var p = ref _s.People[index];
        var age = (monthStart - p.BirthDay) / 365.25;
        if (p.Hukou != 3 || age is < 18 or >= 50) return;
        var d = _s.Diligence(p.Community, monthStart);
        if (!rng.Chance(0.03 + 0.34 * d * d)) return;
        Check(index, rng.Between(monthStart, monthEnd), (byte)(rng.Pick(ByWeights) + 1));
    }

    /// <summary>One check on <paramref name="day"/>; an expired or missing certificate is usually replaced soon after.</summary>
    public void Check(int index, int day, byte by)
    {
        var rng = _s.Rng;
        ref var p = ref _s.People[index];
        byte status = 3;
        if (p.FloatingCert >= 0)
            status = CertificateIssuer.IsValidOn(in _s.Certificates[p.FloatingCert], day) ? (byte)1 : (byte)2;
        if (p.FloatingCert >= 0 && _s.Certificates[p.FloatingCert].Issue > day) status = 3;
        _s.Checks.Add(new CheckRecord
        {
            Seq = _s.Checks.Count + 1,
            Resident = index,
            Day = day,
            By = by,
            Status = status,
            Certificate = status == 3 ? -1 : p.FloatingCert,
        });
        if (status != 1 && rng.Chance(0.85))
        {
            var issue = day + rng.Between(10, 90);
            p.FloatingCert = CertificateIssuer.Issue(_s, CertificateIssuer.Floating, index, issue, issue + 3 * 365, Days.MonthOf(issue));
        }
    }
}
