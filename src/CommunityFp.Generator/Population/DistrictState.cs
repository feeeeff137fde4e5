using CommunityFp.Generator.Core;
using CommunityFp.Generator.FamilyPlanning;
using CommunityFp.Generator.Names;
using CommunityFp.Generator.OrgHierarchy;
using CommunityFp.Generator.People;

namespace CommunityFp.Generator.Population;

/// <summary>
/// Everything one district scope holds: its org tree, residents, households and every register's records.
/// Only the simulation mutates it (between batches); batch writing only reads it.
/// </summary>
internal sealed class DistrictState
{
    public DistrictState(int code, DistrictOrg org, SimulationSettings settings, Rng rng, Rng defectRng)
    {
        Code = code;
        Org = org;
        Settings = settings;
        Rng = rng;
        DefectRng = defectRng;
    }

    public int Code { get; }
    public DistrictOrg Org { get; }
    public SimulationSettings Settings { get; }

    /// <summary>The district's simulation stream (its own, so districts never share random draws).</summary>
    public Rng Rng { get; }

    /// <summary>The stream of source defects (late reports, mistakes, deletions): separate, so defects never change the world.</summary>
    public Rng DefectRng { get; }

    /// <summary>Duplicate registrations, written after the residents and deleted at the source later.</summary>
    public StructList<Person> Phantoms { get; } = new(64);

    public StructList<Person> People { get; } = new(4096);
    public List<Household> Households { get; } = [];
    public StructList<BirthRecord> Births { get; } = new();
    public StructList<MeasureRecord> Measures { get; } = new();
    public StructList<VisitRecord> Visits { get; } = new();
    public StructList<PregnancyRecord> Pregnancies { get; } = new();
    public StructList<CertificateRecord> Certificates { get; } = new();
    public StructList<RewardRecord> Rewards { get; } = new();
    public StructList<CheckRecord> Checks { get; } = new();
    public StructList<ActivityRecord> Activities { get; } = new();
    public StructList<EvaluationRecord> Evaluations { get; } = new();
    public StructList<HospitalBirthRecord> HospitalBirths { get; } = new();
    public StructList<MarriageRecord> Marriages { get; } = new();
    public StructList<Conception> Conceptions { get; } = new();

    /// <summary>Conception indices by the month ordinal of their outcome.</summary>
    public Dictionary<int, List<int>> OutcomesByMonth { get; } = [];

    /// <summary>Children registered late (补登) by the month they appear: (mother, birth day, sex).</summary>
    public Dictionary<int, List<(int Mother, int Day, byte Sex)>> LateRegistrations { get; } = [];

    public Community CommunityOf(int index) => Org.Communities[index];

    /// <summary>The month being simulated: a record created now is first written in this month's batch.</summary>
    public int SimulatedMonth { get; set; }

    public double Diligence(int community, int day) => Org.Communities[community].Quality.In(Days.YearOf(day));

    public int AddPerson(byte sex, int birthDay, byte hukou, int origin, int household, int arrivalDay,
        byte arrivalReason, int firstMonth)
    {
        var birthYear = Days.YearOf(birthDay);
        var person = new Person
        {
            Seq = People.Count + 1,
            BirthDay = birthDay,
            Sex = sex,
            Name = ChineseNames.Create(Rng, sex, birthYear),
            IdRegion = hukou == 3 && Rng.Chance(0.85) ? origin : RegionCodes.ResidentRegion(Rng, Code, birthYear),
            IdSeq = CitizenIds.Sequence(Rng, sex),
            Hukou = hukou,
            Origin = hukou == 3 ? origin : 0,
            Marital = 10,
            Status = 1,
            ArrivalDay = arrivalDay,
            ArrivalReason = arrivalReason,
            Spouse = -1,
            Household = household,
            Community = Households[household].Community,
            FirstMonth = firstMonth,
            StatusMonth = int.MaxValue,
            DropMonth = int.MaxValue,
            DeletedMonth = int.MaxValue,
            Measure = -1,
            Pregnancy = -1,
            FloatingCert = -1,
            HonourCert = -1,
        };
        var index = People.Add(person);
        Households[household].Members.Add(index);
        Settings.Defects.MaybeMistake(this, index, firstMonth);
        return index;
    }

    public int NewHousehold(int community)
    {
        var c = Org.Communities[community];
        var group = (short)Rng.Between(1, c.Groups.Count);
        var household = new Household
        {
            Community = community,
            Group = group,
            Building = (short)((group - 1) * 6 + Rng.Between(1, 8)),
            Unit = (byte)Rng.Between(1, 6),
        };
        Households.Add(household);
        return Households.Count - 1;
    }

    public void Marry(int wife, int husband, int day, byte marital)
    {
        ref var w = ref People[wife];
        ref var h = ref People[husband];
        w.Marital = marital;
        h.Marital = marital;
        w.Spouse = husband;
        h.Spouse = wife;
        w.MarriageDay = day;
        h.MarriageDay = day;
    }

    /// <summary>Marks a resident as moved out (2) or deceased (3); the record stays in batches for a while after.</summary>
    public void EndResidence(int person, byte status, int day, int visibleMonth)
    {
        ref var p = ref People[person];
        p.Status = status;
        p.StatusDay = day;
        p.StatusMonth = visibleMonth;
        // Kept for at least one month after status_date (registers.md), usually two or three.
        p.DropMonth = Math.Max(Days.MonthOf(day) + 2, visibleMonth + 1) + Rng.Next(2);
        p.PlannedUptakeDay = 0;
        if (p.Spouse >= 0)
        {
            ref var s = ref People[p.Spouse];
            if (status == 3) { s.Marital = 30; s.Spouse = -1; }
        }
        Households[p.Household].Members.Remove(person);
    }

    /// <summary>A move within the district: the household gets a new address in another community.</summary>
    public void MoveHousehold(int household, int community)
    {
        var h = Households[household];
        var c = Org.Communities[community];
        h.Community = community;
        h.Group = (short)Rng.Between(1, c.Groups.Count);
        h.Building = (short)((h.Group - 1) * 6 + Rng.Between(1, 8));
        h.Unit = (byte)Rng.Between(1, 6);
        foreach (var m in h.Members) People[m].Community = community;
    }

    /// <summary>The first batch month an event dated <paramref name="day"/> appears in: late by 1–3 months sometimes.</summary>
    public int VisibleMonth(int day, int community)
    {
        var month = Days.MonthOf(day);
        var p = Settings.Defects.LateReportProbability(Diligence(community, day));
        return p > 0 && DefectRng.Chance(p) ? month + DefectRng.Between(1, 3) : month;
    }

    /// <summary>Open communities of the district on a day.</summary>
    public IEnumerable<int> OpenCommunities(int day) =>
        Org.Communities.Where(c => c.IsOpenOn(day)).Select(c => c.Index);
}
