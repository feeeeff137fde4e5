using CommunityFp.Generator.CommunityWork;
using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;

namespace CommunityFp.Generator.Population;

/// <summary>
/// Runs one district month by month: reorganisations, deaths, moves, marriages, pregnancies and births,
/// contraception and follow-ups, floating-population checks, rewards, publicity and evaluations.
/// </summary>
internal sealed class DistrictSimulation
{
    private readonly ContraceptionCare _care;
    private readonly Fertility _fertility;
    private readonly Deliveries _deliveries;
    private readonly Mortality _mortality;
    private readonly Migration _migration;
    private readonly Marriages _marriages;
    private readonly FloatingChecks _checks;
    private readonly Publicity _publicity;
    private readonly Rewards _rewards;
    private readonly PopulationSeeder _seeder;

    public DistrictSimulation(DistrictState state, IReadOnlyList<int> otherDistricts)
    {
        State = state;
        _care = new ContraceptionCare(state);
        _checks = new FloatingChecks(state);
        var newcomers = new NewcomerSetup(state, _care, _checks);
        _seeder = new PopulationSeeder(state, newcomers.Household);
        _fertility = new Fertility(state, _care);
        _deliveries = new Deliveries(state, _care);
        _mortality = new Mortality(state);
        _migration = new Migration(state, _seeder, otherDistricts);
        _marriages = new Marriages(state, _care);
        _publicity = new Publicity(state);
        _rewards = new Rewards(state);
    }

    public DistrictState State { get; }

    /// <summary>The population on the first day, with its history: earlier births, measures, certificates, a year of work.</summary>
    public void Initialise()
    {
        var s = State;
        _seeder.Seed();
        HistorySetup.HonourCertificates(s);
        var m0 = s.Settings.FirstMonth;
        for (var m = m0 - 12; m < m0; m++)
        {
            var (start, end) = Bounds(m);
            _publicity.Month(start, end);
            _rewards.Month(start, end);
            if (m >= m0 - 9) _fertility.Conceive(start, end, CountPresent());
        }
    }

    public static (int Start, int End) Bounds(int month)
    {
        var start = Days.Of(month / 12, month % 12 + 1, 1);
        return (start, Days.AddMonths(start, 1) - 1);
    }

    /// <summary>Simulates one month; returns households leaving for other districts of the city.</summary>
    public List<Transfer> Month(int month)
    {
        var s = State;
        s.SimulatedMonth = month;
        var (start, end) = Bounds(month);
        Reorganiser.Apply(s, start);
        var present = CountPresent();
        _mortality.Month(start, end, present);
        var transfers = _migration.Month(start, end);
        _marriages.Month(start, end, present);
        _deliveries.Month(month, end);
        _fertility.Conceive(start, end, present);
        PersonProcesses(start, end, month);
        _care.FollowUps(start, end);
        _rewards.Month(start, end);
        _publicity.Month(start, end);
        s.Settings.Defects.MaybePhantom(s, start, end);
        return transfers;
    }

    private void PersonProcesses(int start, int end, int month)
    {
        var s = State;
        for (var i = 0; i < s.People.Count; i++)
        {
            ref var p = ref s.People[i];
            if (!p.IsPresent || p.DeletedMonth != int.MaxValue) continue;
            if (p.Sex == 2) _care.Month(i, start, end, month);
            if (month % 12 == 8) UpdateEmployment(ref p, start);
            if (p.Hukou == 3) _checks.Person(i, start, end);
            _rewards.Person(i, start, end);
        }
    }

    // Each September children start school, graduates start work, and people reach retirement age
    // (50 for women, 60 for men, as for most urban workers then).
    private void UpdateEmployment(ref People.Person p, int day)
    {
        var age = Days.Age(p.BirthDay, day);
        var rng = State.Rng;
        if (age is >= 6 and < 19 && p.Employment != 5) p.Employment = 5;
        else if (p.Employment == 5 && age >= 19 && (age >= 23 || rng.Chance(0.25)))
            p.Employment = rng.Chance(0.65) ? (byte)1 : rng.Chance(0.5) ? (byte)2 : (byte)3;
        else if (p.Employment is 1 or 2 or 3 && age >= (p.Sex == 2 ? 50 : 60)) p.Employment = 4;
    }

    public void Receive(Transfer t) =>
        _migration.Receive(t, (woman, method, startDay) => _care.Start(woman, method, startDay, Days.MonthOf(t.Day)));

    private int CountPresent()
    {
        var n = 0;
        for (var i = 0; i < State.People.Count; i++)
            if (State.People[i].IsPresent && State.People[i].DeletedMonth == int.MaxValue) n++;
        return n;
    }
}
