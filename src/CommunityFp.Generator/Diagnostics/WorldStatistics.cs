using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Population;

namespace CommunityFp.Generator.Diagnostics;

/// <summary>
/// Calibration figures of the simulated world for one calendar year, computed from the in-memory state (the
/// ground truth the batches report): crude rates, household size, age structure, floating share, contraceptive
/// prevalence of married women 15–49 and the method mix. Used by the calibration tests and the bench.
/// </summary>
internal sealed record WorldStatistics(
    int PopulationStart, int PopulationEnd, int Births, int Deaths, int Households,
    double Aged0To14, double Aged65Plus, double Floating, double Hukou2,
    int MarriedWomen15To49, int Users, IReadOnlyDictionary<int, int> MethodCounts,
    int FirstOrderBirths, int SecondOrderBirths, int ThirdOrderBirths, int Communities)
{
    public double MeanPopulation => (PopulationStart + PopulationEnd) / 2.0;
    public double BirthRate => Births / MeanPopulation;
    public double DeathRate => Deaths / MeanPopulation;
    public double HouseholdSize => (double)PopulationEnd / Households;
    public double Prevalence => (double)Users / MarriedWomen15To49;
    public double MethodShare(params int[] methods) => (double)methods.Sum(m => MethodCounts.GetValueOrDefault(m)) / Users;

    /// <summary>Simulates <paramref name="run"/> up to the end of <paramref name="year"/> and measures that year.</summary>
    public static WorldStatistics ForYear(GenerationRun run, int year)
    {
        run.Initialise();
        var startMonth = year * 12;
        var populationStart = 0;
        for (var m = run.SimulationFirstMonth; m < startMonth + 12; m++)
        {
            if (m == startMonth) populationStart = run.Districts.Sum(d => Present(d.State));
            run.SimulateMonth(m);
        }
        if (run.SimulationFirstMonth > startMonth) throw new ArgumentException("the year must start after the first simulated month", nameof(year));
        return Measure(run.Districts.Select(d => d.State).ToList(), year, populationStart);
    }

    private static int Present(DistrictState s)
    {
        var n = 0;
        for (var i = 0; i < s.People.Count; i++) if (s.People[i].IsPresent) n++;
        return n;
    }

    private static WorldStatistics Measure(List<DistrictState> states, int year, int populationStart)
    {
        var from = Days.Of(year, 1, 1);
        var end = Days.Of(year, 12, 31);
        int present = 0, births = 0, deaths = 0, young = 0, old = 0, floating = 0, hukou2 = 0, married = 0, users = 0;
        var orders = new int[4];
        var methods = new Dictionary<int, int>();
        var households = new HashSet<(int, int)>();
        foreach (var s in states)
        {
            for (var i = 0; i < s.People.Count; i++)
            {
                ref var p = ref s.People[i];
                if (p.BirthDay >= from && p.BirthDay <= end && p.ArrivalReason is 1 or 4) births++;
                if (p.Status == 3 && p.StatusDay >= from && p.StatusDay <= end) deaths++;
                if (!p.IsPresent) continue;
                present++;
                households.Add((s.Code, p.Household));
                var age = Days.Age(p.BirthDay, end);
                if (age <= 14) young++;
                if (age >= 65) old++;
                if (p.Hukou == 3) floating++;
                if (p.Hukou == 2) hukou2++;
                if (p.Sex != 2 || !p.IsMarried || age is < 15 or > 49) continue;
                married++;
                if (p.Measure < 0) continue;
                ref var m = ref s.Measures[p.Measure];
                if (m.Start > end || (m.End != 0 && m.End <= end)) continue;
                users++;
                methods[m.Method] = methods.GetValueOrDefault(m.Method) + 1;
            }
            births += s.LateRegistrations.Values.SelectMany(l => l).Count(l => l.Day >= from && l.Day <= end);
            for (var b = 0; b < s.Births.Count; b++)
                if (s.Births[b].Day >= from && s.Births[b].Day <= end) orders[s.Births[b].Order]++;
        }
        return new WorldStatistics(populationStart, present, births, deaths, households.Count,
            (double)young / present, (double)old / present, (double)floating / present, (double)hukou2 / present,
            married, users, methods, orders[1], orders[2], orders[3], states.Sum(s => s.Org.Communities.Count));
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"population {PopulationStart}->{PopulationEnd}, births {Births} ({BirthRate * 1000:F2}‰), deaths {Deaths} ({DeathRate * 1000:F2}‰), " +
        $"household size {HouseholdSize:F2}, 0-14 {Aged0To14:P1}, 65+ {Aged65Plus:P1}, floating {Floating:P1}, hukou2 {Hukou2:P1}, " +
        $"CPR {Prevalence:P1} ({Users}/{MarriedWomen15To49}), IUD {MethodShare(1):P1}, sterilisation {MethodShare(2, 3):P1} " +
        $"(male {MethodShare(3):P1}), implant {MethodShare(4):P1}, injectable {MethodShare(5):P1}, pill {MethodShare(6):P1}, " +
        $"condom {MethodShare(7):P1}, other {MethodShare(9):P1}, birth orders {FirstOrderBirths}/{SecondOrderBirths}/{ThirdOrderBirths}, communities {Communities}");
}
