using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.Writing;

/// <summary>A district's state seen as of one batch: which records the batch holds and how they read then.</summary>
internal sealed class BatchView
{
    public BatchView(DistrictState state, int month, int asOf)
    {
        State = state;
        Month = month;
        AsOf = asOf;
    }

    public DistrictState State { get; }

    /// <summary>Month ordinal of the batch.</summary>
    public int Month { get; }

    /// <summary>Day number of <c>as_of</c>.</summary>
    public int AsOf { get; }

    /// <summary>True when the resident's record is in this batch's residents.csv.</summary>
    public bool IsResidentWritten(int person)
    {
        ref var p = ref State.People[person];
        return p.FirstMonth <= Month && Month < p.DropMonth && Month < p.DeletedMonth;
    }

    public bool IsBirthWritten(int birth)
    {
        ref var b = ref State.Births[birth];
        return b.VisibleMonth <= Month && Month < b.DeletedMonth && b.ReportedDay <= AsOf && b.Day <= AsOf;
    }

    public bool IsMeasureWritten(int measure)
    {
        ref var m = ref State.Measures[measure];
        return m.VisibleMonth <= Month && Month < m.DeletedMonth && m.Start <= AsOf;
    }

    /// <summary>The certificate number: issuing org, year, type, scope and sequence (unique across scopes).</summary>
    public static void CertificateNumber(in CertificateRecord c, RowBuilder row)
    {
        Span<char> text = stackalloc char[40];
        text = text[..Format(c, text)];
        row.Ascii(text);
    }

    private static int Format(in CertificateRecord c, Span<char> into)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        c.IssuedBy.TryFormat(into, out var n, default, inv);
        c.Year.TryFormat(into[n..], out var k, "D4", inv); n += k;
        into[n++] = (char)('0' + c.Type);
        c.NumberDistrict.TryFormat(into[n..], out k, "D2", inv); n += k;
        c.NumberSeq.TryFormat(into[n..], out k, "D6", inv); n += k;
        return n;
    }

    public static string CertificateNumberText(in CertificateRecord c)
    {
        Span<char> text = stackalloc char[40];
        return new string(text[..Format(c, text)]);
    }
}
