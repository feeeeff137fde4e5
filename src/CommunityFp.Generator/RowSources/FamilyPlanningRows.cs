using CommunityFp.Generator.Writing;

namespace CommunityFp.Generator.RowSources;

/// <summary>Rows of births, contraception, followups, pregnancies and certificates, in the contract's column order.</summary>
internal static class FamilyPlanningRows
{
    public static bool Birth(BatchView v, int i, RowBuilder r)
    {
        if (!v.IsBirthWritten(i)) return false;
        var s = v.State;
        ref var b = ref s.Births[i];
        r.Id('B', b.Seq, 7);
        r.Id('R', s.People[b.Mother].Seq, 7);
        if (b.Father >= 0 && v.IsResidentWritten(b.Father)) r.Id('R', s.People[b.Father].Seq, 7); else r.Null();
        if (b.Child >= 0) r.Id('R', s.People[b.Child].Seq, 7); else r.Null();
        r.Date(b.Day);
        r.Int(v.Month < b.CorrectedMonth ? 3 - b.Sex : b.Sex);
        r.Int(b.Order);
        if (b.Certificate >= 0) BatchView.CertificateNumber(in s.Certificates[b.Certificate], r); else r.Null();
        r.Int(s.CommunityOf(b.Community).Unit.Code);
        r.DateOrNull(b.ReportedDay);
        return true;
    }

    public static bool Measure(BatchView v, int i, RowBuilder r)
    {
        if (!v.IsMeasureWritten(i)) return false;
        ref var m = ref v.State.Measures[i];
        r.Id('M', m.Seq, 7);
        r.Id('R', v.State.People[m.Woman].Seq, 7);
        r.Int(m.Method);
        r.Date(m.Start);
        var ended = m.End != 0 && m.End <= v.AsOf;
        r.DateOrNull(ended ? m.End : 0);
        if (ended) r.Int(m.EndReason); else r.Null();
        return true;
    }

    public static bool Visit(BatchView v, int i, RowBuilder r)
    {
        ref var x = ref v.State.Visits[i];
        if (x.Day > v.AsOf || v.Month >= x.DeletedMonth) return false;
        var s = v.State;
        r.Id('V', x.Seq, 8);
        r.Id('R', s.People[x.Woman].Seq, 7);
        r.Date(x.Day);
        r.Int(x.Type);
        if (x.Measure >= 0) r.Id('M', s.Measures[x.Measure].Seq, 7); else r.Null();
        if (x.Birth >= 0) r.Id('B', s.Births[x.Birth].Seq, 7); else r.Null();
        r.Int(x.Result);
        r.Id('S', s.People[x.Woman].Community * 10L + x.Staff, 6);
        return true;
    }

    public static bool Pregnancy(BatchView v, int i, RowBuilder r)
    {
        ref var p = ref v.State.Pregnancies[i];
        if (p.VisibleMonth > v.Month || p.Registered > v.AsOf) return false;
        r.Id('P', p.Seq, 7);
        r.Id('R', v.State.People[p.Woman].Seq, 7);
        r.Date(p.Registered);
        r.Date(p.Expected);
        var known = p.Outcome != 0 && p.OutcomeDay <= v.AsOf;
        r.Int(known ? p.Outcome : 0);
        r.DateOrNull(known ? p.OutcomeDay : 0);
        if (known && p.Birth >= 0 && v.IsBirthWritten(p.Birth)) r.Id('B', v.State.Births[p.Birth].Seq, 7); else r.Null();
        return true;
    }

    public static bool Certificate(BatchView v, int i, RowBuilder r)
    {
        ref var c = ref v.State.Certificates[i];
        if (c.VisibleMonth > v.Month || c.Issue > v.AsOf) return false;
        var s = v.State;
        BatchView.CertificateNumber(in c, r);
        r.Int(c.Type);
        r.Id('R', s.People[c.Holder].Seq, 7);
        if (c.Spouse >= 0 && v.IsResidentWritten(c.Spouse)) r.Id('R', s.People[c.Spouse].Seq, 7); else r.Null();
        r.Date(c.Issue);
        r.DateOrNull(c.ValidUntil);
        r.Int(c.IssuedBy);
        r.Int(c.Delivered);
        return true;
    }
}
