using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.Diagnostics;

/// <summary>
/// A rough preview of the 2007 community assessment (assessment.md) computed on the simulated truth, to calibrate
/// community diligence: not the product's assessment (which reads batches and knows about knowledge dates), but
/// close enough to see whether communities fall at every standard and the city lands near its targets.
/// </summary>
internal static class AssessmentPreview
{
    internal sealed record CommunityResult(string Code, int Residents, double Score, bool Vetoed, bool Dabiao, bool Xianjin, double?[] Values);

    public static readonly string[] Indicators =
        ["compliant", "prevalence", "followup", "postpartum", "floating", "timeliness", "completeness", "reward", "satisfaction"];

    private static readonly (double Weight, string Rule, double Target, double PerPoint)[] Criteria =
        [(20, "deduct", 0.95, 2), (15, "deduct", 0.85, 1), (15, "deduct", 0.95, 1), (10, "deduct", 0.90, 1), (10, "deduct", 0.95, 1),
         (10, "deduct", 0.95, 1), (10, "deduct", 0.98, 2), (5, "threshold", 1.0, 0), (5, "deduct", 0.85, 1)];

    public static List<CommunityResult> Run(IEnumerable<DistrictState> states, int year) =>
        states.SelectMany(s => Assess(s, year)).ToList();

    private static IEnumerable<CommunityResult> Assess(DistrictState s, int year)
    {
        var from = Days.Of(year, 1, 1);
        var end = Days.Of(year, 12, 31);
        var n = s.Org.Communities.Count;
        var num = new double[9, n];
        var den = new double[9, n];
        var third = new int[n];
        Births(s, from, end, num, den, third);
        Women(s, from, end, num, den);
        FollowUps(s, from, end, num, den);
        Timeliness(s, from, end, num, den);
        Completeness(s, from, end, num, den);
        foreach (var e in Enumerable.Range(0, s.Evaluations.Count).Select(i => s.Evaluations[i]).Where(e => e.Day >= from && e.Day <= end))
        { num[8, e.Community] += e.Satisfied; den[8, e.Community] += e.Respondents; }
        var residents = new int[n];
        for (var i = 0; i < s.People.Count; i++) if (s.People[i].IsPresent) residents[s.People[i].Community]++;
        foreach (var c in s.Org.Communities.Where(c => c.IsOpenOn(end)))
        {
            var values = Enumerable.Range(0, 9).Select(k => den[k, c.Index] > 0 ? num[k, c.Index] / den[k, c.Index] : (double?)null).ToArray();
            var score = Score(values);
            var vetoed = third[c.Index] > 0 || values[6] < 0.90;
            var dabiao = !vetoed && score >= 75 && values[0] >= 0.90 && values[1] >= 0.80;
            var xianjin = !vetoed && score >= 90 && values[0] >= 0.95 && values[1] >= 0.85 && values[2] >= 0.95 && values[8] >= 0.85;
            yield return new CommunityResult(c.Unit.CodeText, residents[c.Index], score, vetoed, dabiao, xianjin, values);
        }
    }

    private static double Score(double?[] values)
    {
        double points = 0, weights = 0;
        for (var k = 0; k < Criteria.Length; k++)
        {
            var (w, rule, target, per) = Criteria[k];
            if (values[k] is not { } v) { if (k != 6) weights += w; continue; }
            weights += w;
            points += rule == "threshold" ? (v >= target ? w : 0) : Math.Max(0, w - per * Math.Max(0, (target - v) * 100));
        }
        return points * 100 / weights;
    }

    private static void Births(DistrictState s, int from, int end, double[,] num, double[,] den, int[] third)
    {
        var linked = new HashSet<int>();
        for (var i = 0; i < s.Pregnancies.Count; i++)
            if (s.Pregnancies[i].Birth >= 0 && s.Births[s.Pregnancies[i].Birth].Day - s.Pregnancies[i].Registered >= 180) linked.Add(s.Pregnancies[i].Birth);
        var ppVisits = new Dictionary<int, List<int>>();
        for (var i = 0; i < s.Visits.Count; i++)
            if (s.Visits[i].Type == 2 && s.Visits[i].Result != 4)
                (ppVisits.TryGetValue(s.Visits[i].Woman, out var l) ? l : ppVisits[s.Visits[i].Woman] = []).Add(s.Visits[i].Day);
        for (var i = 0; i < s.Births.Count; i++)
        {
            ref var b = ref s.Births[i];
            if (b.Day < from || b.Day > end) continue;
            var valid = b.Certificate >= 0 && CertificateIssuer.IsValidOn(in s.Certificates[b.Certificate], b.Day)
                && (b.Order == 1 || s.Certificates[b.Certificate].Type == 2);
            den[0, b.Community]++;
            if (valid) num[0, b.Community]++;
            if (b.Order == 3 && !valid) third[b.Community]++;
            den[3, b.Community]++;
            var day = b.Day;
            if (ppVisits.TryGetValue(b.Mother, out var visits) && visits.Any(v => v >= day && v <= day + 28)) num[3, b.Community]++;
        }
    }

    private static void Women(DistrictState s, int from, int end, double[,] num, double[,] den)
    {
        var lastCheck = new Dictionary<int, int>();
        for (var i = 0; i < s.Checks.Count; i++)
            if (s.Checks[i].Status == 1 && s.Checks[i].Day <= end && s.Checks[i].Day > Days.AddMonths(end, -12)) lastCheck[s.Checks[i].Resident] = 1;
        var paid = new HashSet<int>();
        for (var i = 0; i < s.Rewards.Count; i++)
            if (s.Rewards[i].Type == 1 && s.Rewards[i].Year == Days.YearOf(end) && s.Rewards[i].PaidDay != 0) paid.Add(s.Rewards[i].Beneficiary);
        for (var i = 0; i < s.People.Count; i++)
        {
            ref var p = ref s.People[i];
            if (!p.IsPresent) continue;
            var age = Days.Age(p.BirthDay, end);
            if (p.Sex == 2 && p.IsMarried && age is >= 15 and <= 49)
            {
                den[1, p.Community]++;
                if (p.Measure >= 0 && s.Measures[p.Measure].Start <= end) num[1, p.Community]++;
            }
            if (p.Hukou == 3 && age is >= 18 and <= 49) { den[4, p.Community]++; if (lastCheck.ContainsKey(i)) num[4, p.Community]++; }
            if (p.HonourCert >= 0 && s.Certificates[p.HonourCert].Issue <= end) { den[7, p.Community]++; if (paid.Contains(i)) num[7, p.Community]++; }
        }
    }

    private static void FollowUps(DistrictState s, int from, int end, double[,] num, double[,] den)
    {
        var visits = new Dictionary<int, List<int>>();
        for (var i = 0; i < s.Visits.Count; i++)
            if (s.Visits[i].Type == 1 && s.Visits[i].Result is >= 1 and <= 3)
                (visits.TryGetValue(s.Visits[i].Woman, out var l) ? l : visits[s.Visits[i].Woman] = []).Add(s.Visits[i].Day);
        for (var i = 0; i < s.Measures.Count; i++)
        {
            ref var m = ref s.Measures[i];
            if (m.DeletedMonth == int.MinValue) continue;
            ref var w = ref s.People[m.Woman];
            for (var k = 0; ; k++)
            {
                var d = ContraceptiveMethods.DueDate(m.Method, m.Start, k);
                if (d > end) break;
                if (d < from || (m.End != 0 && m.End <= d)) continue;
                if (!w.IsPresent && w.StatusDay <= Days.AddMonths(d, 1)) continue;
                den[2, w.Community]++;
                if (visits.TryGetValue(m.Woman, out var list) && list.Any(v => v >= d - 14 && v <= d + 30)) num[2, w.Community]++;
            }
        }
    }

    private static void Timeliness(DistrictState s, int from, int end, double[,] num, double[,] den)
    {
        void Event(int day, int visibleMonth, int community)
        {
            if (day < from || day > end) return;
            den[5, community]++;
            var (_, asOf) = DistrictSimulation.Bounds(visibleMonth);
            if (asOf <= day + 31) num[5, community]++;
        }
        for (var i = 0; i < s.Births.Count; i++) Event(s.Births[i].Day, s.Births[i].VisibleMonth, s.Births[i].Community);
        for (var i = 0; i < s.Measures.Count; i++) Event(s.Measures[i].Start, s.Measures[i].VisibleMonth, s.People[s.Measures[i].Woman].Community);
        for (var i = 0; i < s.Pregnancies.Count; i++) Event(s.Pregnancies[i].Registered, s.Pregnancies[i].VisibleMonth, s.People[s.Pregnancies[i].Woman].Community);
        for (var i = 0; i < s.People.Count; i++)
            if (s.People[i].Status != 1) Event(s.People[i].StatusDay, s.People[i].StatusMonth, s.People[i].Community);
    }

    private static void Completeness(DistrictState s, int from, int end, double[,] num, double[,] den)
    {
        var byMother = new Dictionary<int, List<int>>();
        for (var i = 0; i < s.Births.Count; i++)
            (byMother.TryGetValue(s.Births[i].Mother, out var l) ? l : byMother[s.Births[i].Mother] = []).Add(s.Births[i].Day);
        for (var i = 0; i < s.HospitalBirths.Count; i++)
        {
            ref var h = ref s.HospitalBirths[i];
            if (h.Day < from || h.Day > end) continue;
            den[6, h.Community]++;
            var day = h.Day;
            if (byMother.TryGetValue(h.Mother, out var days) && days.Any(d => Math.Abs(d - day) <= 3)) num[6, h.Community]++;
        }
    }
}
