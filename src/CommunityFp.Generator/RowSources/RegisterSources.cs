using CommunityFp.Generator.Population;
using CommunityFp.Generator.Writing;
using CommunityFp.Registers;

namespace CommunityFp.Generator.RowSources;

/// <summary>A register, how many candidate records a scope holds, and how one record reads in a batch.</summary>
internal sealed record RegisterSource(RegisterDefinition Register, Func<DistrictState, int> Count, Func<BatchView, int, RowBuilder, bool> Fill);

/// <summary>Every register the generator writes, in the contract's order.</summary>
internal static class RegisterSources
{
    public static IReadOnlyList<RegisterSource> All { get; } =
    [
        new(RegisterCatalog.OrgUnits, s => s.Org.AllUnits.Count, ResidentRows.OrgUnit),
        new(RegisterCatalog.Residents, s => s.People.Count + s.Phantoms.Count, ResidentRows.Resident),
        new(RegisterCatalog.Births, s => s.Births.Count, FamilyPlanningRows.Birth),
        new(RegisterCatalog.Contraception, s => s.Measures.Count, FamilyPlanningRows.Measure),
        new(RegisterCatalog.Followups, s => s.Visits.Count, FamilyPlanningRows.Visit),
        new(RegisterCatalog.Pregnancies, s => s.Pregnancies.Count, FamilyPlanningRows.Pregnancy),
        new(RegisterCatalog.Certificates, s => s.Certificates.Count, FamilyPlanningRows.Certificate),
        new(RegisterCatalog.Rewards, s => s.Rewards.Count, CommunityWorkRows.Reward),
        new(RegisterCatalog.FloatingChecks, s => s.Checks.Count, CommunityWorkRows.Check),
        new(RegisterCatalog.Activities, s => s.Activities.Count, CommunityWorkRows.Activity),
        new(RegisterCatalog.Evaluations, s => s.Evaluations.Count, CommunityWorkRows.Evaluation),
        new(RegisterCatalog.ExtHospitalBirths, s => s.HospitalBirths.Count, CommunityWorkRows.HospitalBirth),
        new(RegisterCatalog.ExtMarriages, s => s.Marriages.Count, CommunityWorkRows.Marriage),
    ];
}
