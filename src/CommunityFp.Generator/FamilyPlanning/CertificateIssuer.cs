using CommunityFp.Generator.Core;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.FamilyPlanning;

/// <summary>
/// Issues the four certificate types. First-birth certificates (一胎生育证明) and honour certificates come from
/// the street office, permits for a further birth (再生育证明) from the district, floating residents'
/// marriage-and-childbearing certificates (流动人口婚育证明) from their home region.
/// </summary>
internal static class CertificateIssuer
{
    public const byte FirstBirth = 1, FurtherBirth = 2, Honour = 3, Floating = 4;

    public static int Issue(DistrictState s, byte type, int holder, int issueDay, int validUntil, int visibleMonth)
    {
        ref var h = ref s.People[holder];
        var issuedBy = type switch
        {
            FurtherBirth => s.Code,
            Floating => h.Origin != 0 ? h.Origin : 230103,
            _ => s.CommunityOf(h.Community).Unit.Parent!.Code,
        };
        var record = new CertificateRecord
        {
            Seq = s.Certificates.Count + 1,
            Type = type,
            Holder = holder,
            Spouse = h.Spouse,
            Issue = issueDay,
            ValidUntil = validUntil,
            Year = Days.YearOf(issueDay),
            IssuedBy = issuedBy,
            Delivered = type == Floating ? (byte)0 : s.Rng.Chance(0.8) ? (byte)1 : (byte)0,
            VisibleMonth = Math.Max(visibleMonth, Days.MonthOf(issueDay)),
            NumberDistrict = s.Code % 100,
            NumberSeq = s.Certificates.Count + 1,
        };
        return s.Certificates.Add(record);
    }

    /// <summary>Valid on <paramref name="day"/>: issued on or before it and not expired.</summary>
    public static bool IsValidOn(in CertificateRecord c, int day) => c.Issue <= day && (c.ValidUntil == 0 || c.ValidUntil >= day);
}
