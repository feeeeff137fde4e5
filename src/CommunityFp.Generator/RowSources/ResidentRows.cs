using CommunityFp.Generator.Core;
using CommunityFp.Generator.Names;
using CommunityFp.Generator.People;
using CommunityFp.Generator.Writing;

namespace CommunityFp.Generator.RowSources;

/// <summary>Rows of residents.csv and org_units.csv, in the contract's column order.</summary>
internal static class ResidentRows
{
    public static bool Resident(BatchView v, int i, RowBuilder r)
    {
        var s = v.State;
        var phantom = i >= s.People.Count;
        ref var p = ref phantom ? ref s.Phantoms[i - s.People.Count] : ref s.People[i];
        if (p.FirstMonth > v.Month || v.Month >= p.DropMonth || v.Month >= p.DeletedMonth) return false;
        var mistaken = v.Month < p.CorrectedMonth;
        var birthDay = mistaken && (p.Flags & PersonFlags.CorrectBirthDate) != 0
            ? Math.Min(v.AsOf, p.BirthDay + 10 + p.Seq % 20) : p.BirthDay;
        r.Id('R', p.Seq, 7);
        CitizenId(r, p.IdRegion, p.BirthDay, p.IdSeq);
        Name(r, mistaken && (p.Flags & PersonFlags.CorrectBirthDate) == 0 ? ChineseNames.Mistype(p.Name, new Rng(p.Seq)) : p.Name);
        r.Int(p.Sex);
        r.Date(birthDay);
        r.Int(p.Hukou);
        if (p.Hukou == 3 && p.Origin != 0) r.Int(p.Origin); else r.Null();
        r.Int(p.Marital);
        r.DateOrNull(p.MarriageDay != 0 && p.MarriageDay <= v.AsOf ? p.MarriageDay : 0);
        if (p.Spouse >= 0 && v.IsResidentWritten(p.Spouse)) r.Id('R', s.People[p.Spouse].Seq, 7); else r.Null();
        var community = s.CommunityOf(p.Community).Unit;
        r.Int(community.Code);
        var h = s.Households[p.Household];
        r.Int(community.Code * 1000 + Math.Clamp((int)h.Group, 1, Math.Max(1, s.CommunityOf(p.Community).Groups.Count)));
        r.Bytes(CharCache.Building(r.Encoding, h.Building));
        r.Bytes(CharCache.Unit(r.Encoding, h.Unit));
        Status(v, ref p, r);
        r.Date(p.ArrivalDay);
        r.Int(p.ArrivalReason);
        if (p.Employment == 0) r.Null(); else r.Int(p.Employment);
        return true;
    }

    private static void Status(BatchView v, ref Person p, RowBuilder r)
    {
        if (p.Status != 1 && v.Month >= p.StatusMonth && p.StatusDay <= v.AsOf)
        {
            r.Int(p.Status);
            r.Date(p.StatusDay);
        }
        else
        {
            r.Int(1);
            r.Null();
        }
    }

    public static void CitizenId(RowBuilder r, int region, int birthDay, int sequence)
    {
        if (region == 0) { r.Null(); return; }
        Span<char> id = stackalloc char[18];
        CitizenIds.Format(region, birthDay, sequence, id);
        r.Ascii(id);
    }

    private static void Name(RowBuilder r, ulong name)
    {
        Span<char> chars = stackalloc char[3];
        r.CachedText(chars[..ChineseNames.Unpack(name, chars)]);
    }

    public static bool OrgUnit(BatchView v, int i, RowBuilder r)
    {
        var u = v.State.Org.AllUnits[i];
        if (u.ValidFrom > v.AsOf) return false;
        r.Int(u.Code);
        r.Text(u.Name);
        r.Int(u.Level);
        if (u.Parent is null) r.Null(); else r.Int(u.Parent.Code);
        r.Date(u.ValidFrom);
        r.DateOrNull(u.ValidTo != 0 && u.ValidTo <= v.AsOf ? u.ValidTo : 0);
        return true;
    }
}
