using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Writing;

namespace CommunityFp.Generator.RowSources;

/// <summary>Rows of rewards, floating_checks, activities, evaluations and the two external registers.</summary>
internal static class CommunityWorkRows
{
    public static bool Reward(BatchView v, int i, RowBuilder r)
    {
        ref var w = ref v.State.Rewards[i];
        if (w.VisibleMonth > v.Month) return false;
        r.Id('W', w.Seq, 7);
        r.Int(w.Type);
        r.Id('R', v.State.People[w.Beneficiary].Seq, 7);
        r.Int(w.Year);
        r.Amount(w.AmountCents);
        r.DateOrNull(w.PaidDay != 0 && w.PaidDay <= v.AsOf ? w.PaidDay : 0);
        return true;
    }

    public static bool Check(BatchView v, int i, RowBuilder r)
    {
        ref var c = ref v.State.Checks[i];
        if (c.Day > v.AsOf) return false;
        r.Id('F', c.Seq, 7);
        r.Id('R', v.State.People[c.Resident].Seq, 7);
        r.Date(c.Day);
        r.Int(c.By);
        r.Int(c.Status);
        if (c.Certificate >= 0) BatchView.CertificateNumber(in v.State.Certificates[c.Certificate], r); else r.Null();
        return true;
    }

    public static bool Activity(BatchView v, int i, RowBuilder r)
    {
        ref var a = ref v.State.Activities[i];
        if (a.Day > v.AsOf || v.Month >= a.DeletedMonth) return false;
        r.Id('A', a.Seq, 6);
        r.Int(a.OrgCode);
        r.Date(a.Day);
        r.Int(a.Type);
        r.Int(a.Participants);
        r.IntOrNull(a.Materials);
        return true;
    }

    public static bool Evaluation(BatchView v, int i, RowBuilder r)
    {
        ref var e = ref v.State.Evaluations[i];
        if (e.Day > v.AsOf) return false;
        r.Id('E', e.Seq, 6);
        r.Int(v.State.CommunityOf(e.Community).Unit.Code);
        r.Date(e.Day);
        r.Int(e.Invited);
        r.Int(e.Respondents);
        r.Int(e.Satisfied);
        return true;
    }

    public static bool HospitalBirth(BatchView v, int i, RowBuilder r)
    {
        ref var h = ref v.State.HospitalBirths[i];
        if (h.Day > v.AsOf) return false;
        ref var m = ref v.State.People[h.Mother];
        r.Id('H', h.Seq, 7);
        ResidentRows.CitizenId(r, m.IdRegion, m.BirthDay, m.IdSeq);
        r.Date(h.Day);
        r.Int(h.Sex);
        r.Text(Deliveries.Hospitals[h.Hospital]);
        r.Int(v.State.CommunityOf(h.Community).Unit.Code);
        return true;
    }

    public static bool Marriage(BatchView v, int i, RowBuilder r)
    {
        ref var g = ref v.State.Marriages[i];
        if (g.Day > v.AsOf) return false;
        ref var w = ref v.State.People[g.Wife];
        ref var h = ref v.State.People[g.Husband];
        if (w.IdRegion == 0 || h.IdRegion == 0) return false;
        r.Id('G', g.Seq, 7);
        ResidentRows.CitizenId(r, w.IdRegion, w.BirthDay, w.IdSeq);
        ResidentRows.CitizenId(r, h.IdRegion, h.BirthDay, h.IdSeq);
        r.Date(g.Day);
        r.Int(v.State.CommunityOf(g.Community).Unit.Code);
        return true;
    }
}
