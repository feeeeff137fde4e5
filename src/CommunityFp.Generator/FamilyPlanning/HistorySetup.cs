using CommunityFp.Generator.Core;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>Records that predate the period: honour certificates of parents of an only child under 18.</summary>
internal static class HistorySetup
{
    public static void HonourCertificates(DistrictState s)
    {
        var t0 = s.Settings.FirstDay;
        for (var i = 0; i < s.People.Count; i++)
        {
            ref var p = ref s.People[i];
            if (p.Sex != 2 || p.Parity != 1 || p.LastBirthDay == 0 || t0 - p.LastBirthDay > 17 * 365) continue;
            if (!s.Rng.Chance(0.75)) continue;
            var issue = Math.Min(t0 - 1, p.LastBirthDay + s.Rng.Between(200, 3 * 365));
            p.HonourCert = CertificateIssuer.Issue(s, CertificateIssuer.Honour, i, issue, 0, s.Settings.FirstMonth);
        }
    }
}
