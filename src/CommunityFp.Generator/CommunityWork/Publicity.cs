using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.CommunityWork;

/// <summary>
/// Publicity and education (宣传教育: population-school lectures, consultations, 婚育新风进万家 events, training,
/// materials) by street offices and communities, and residents' evaluations (居民评议) every half year or year.
/// </summary>
internal sealed class Publicity
{
    private static readonly double[] TypeWeights = [0.3, 0.2, 0.2, 0.1, 0.15, 0.05];
    private static readonly byte[] Types = [1, 2, 3, 4, 5, 9];
    private readonly DistrictState _s;

    public Publicity(DistrictState state) => _s = state;

    public void Month(int monthStart, int monthEnd)
    {
        var rng = _s.Rng;
        var month = Days.ToDate(monthStart).Month;
        for (var st = 0; st < _s.Org.Streets.Count; st++)
        {
            // Streets usually hold several activities a year; a careless one may hold none in a year.
            var d = StreetDiligence(st, monthStart);
            if (rng.Chance(d < 0.45 ? 0.06 : 0.35 + 0.2 * d)) Add(_s.Org.Streets[st].Code, rng.Between(monthStart, monthEnd), 80, 600);
        }
        foreach (var c in _s.Org.Communities)
        {
            if (!c.IsOpenOn(monthStart)) continue;
            if (rng.Chance(0.08 + 0.35 * c.Quality.In(Days.YearOf(monthStart)))) Add(c.Unit.Code, rng.Between(monthStart, monthEnd), 15, 200);
        }
        if (month is 6 or 12) Evaluations(monthStart, monthEnd, month);
    }

    private double StreetDiligence(int street, int day)
    {
        var list = _s.Org.Communities.Where(c => c.Street == street && c.IsOpenOn(day)).ToList();
        return list.Count == 0 ? 0.7 : list.Average(c => c.Quality.In(Days.YearOf(day)));
    }

    private void Add(long org, int day, int minParticipants, int maxParticipants)
    {
        var rng = _s.Rng;
        var type = Types[rng.Pick(TypeWeights)];
        _s.Activities.Add(new ActivityRecord
        {
            Seq = _s.Activities.Count + 1,
            OrgCode = org,
            Day = day,
            Type = type,
            Participants = rng.Between(minParticipants, maxParticipants),
            Materials = type is 3 or 5 || rng.Chance(0.5) ? rng.Between(20, 800) : -1,
            DeletedMonth = _s.Settings.Defects.DeletionMonth(_s.DefectRng, Days.MonthOf(day), 5),
        });
    }

    // Diligent communities evaluate every half year, others once a year in December.
    private void Evaluations(int monthStart, int monthEnd, int month)
    {
        var households = new int[_s.Org.Communities.Count];
        foreach (var h in _s.Households)
            if (h.Members.Count > 0) households[h.Community]++;
        var rng = _s.Rng;
        foreach (var c in _s.Org.Communities)
        {
            if (!c.IsOpenOn(monthStart) || households[c.Index] == 0) continue;
            var d = c.Quality.In(Days.YearOf(monthStart));
            if (month == 6 && d < 0.8) continue;
            var invited = Math.Clamp((int)(households[c.Index] * (0.06 + 0.08 * rng.NextDouble())), 15, 400);
            var respondents = Math.Max(1, (int)Math.Round(invited * Math.Clamp(0.5 + 0.4 * d + rng.Normal(0, 0.05), 0.3, 1.0)));
            var satisfied = (int)Math.Round(respondents * Math.Clamp(0.76 + 0.22 * d + rng.Normal(0, 0.02), 0.5, 1.0));
            _s.Evaluations.Add(new EvaluationRecord
            {
                Seq = _s.Evaluations.Count + 1,
                Community = c.Index,
                Day = rng.Between(monthStart + 9, monthEnd - 3),
                Invited = invited,
                Respondents = respondents,
                Satisfied = Math.Min(satisfied, respondents),
            });
        }
    }
}
