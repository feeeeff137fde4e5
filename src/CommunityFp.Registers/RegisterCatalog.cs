namespace CommunityFp.Registers;

using static ColumnKind;

/// <summary>
/// The registers of format <c>cfp-register-snapshot/1</c>, transcribed from <c>shared/spec/registers.md</c>.
/// This is the single place the contract's columns and code lists live; the generator writes and the ETL
/// validates against it.
/// </summary>
public static class RegisterCatalog
{
    /// <summary>The manifest's <c>format</c> value.</summary>
    public const string Format = "cfp-register-snapshot/1";

    private static RegisterColumn Col(string name, ColumnKind kind, bool required = false, int[]? codes = null,
        bool eventDate = false, OrgReference org = OrgReference.None, bool personal = false) =>
        new(name, kind, required, codes, eventDate, org, personal);

    private static int[] Range(int from, int to) => Enumerable.Range(from, to - from + 1).ToArray();

    public static readonly RegisterDefinition OrgUnits = new("org_units", "code", true,
    [
        Col("code", ColumnKind.OrgCode, required: true),
        Col("name", Text, required: true),
        Col("level", Code, required: true, codes: Range(1, 5)),
        Col("parent_code", ColumnKind.OrgCode, org: OrgReference.AnyUnit),
        Col("valid_from", Date, required: true, eventDate: true),
        Col("valid_to", Date),
    ]);

    public static readonly RegisterDefinition Residents = new("residents", "resident_id", true,
    [
        Col("resident_id", Id, required: true),
        Col("citizen_id", ColumnKind.CitizenId, personal: true),
        Col("name", Text, required: true, personal: true),
        Col("sex", Code, required: true, codes: [1, 2]),
        Col("birth_date", Date, required: true, eventDate: true),
        Col("hukou", Code, required: true, codes: [1, 2, 3]),
        Col("origin_code", DivisionCode),
        Col("marital", Code, required: true, codes: [10, 20, 21, 22, 23, 30, 40, 90]),
        Col("marriage_date", Date, eventDate: true),
        Col("spouse_id", Id),
        Col("community_code", ColumnKind.OrgCode, required: true, org: OrgReference.Community),
        Col("group_code", ColumnKind.OrgCode, org: OrgReference.AnyUnit),
        Col("building", Text),
        Col("unit", Text),
        Col("status", Code, required: true, codes: [1, 2, 3]),
        Col("status_date", Date, eventDate: true),
        Col("arrival_date", Date, required: true, eventDate: true),
        Col("arrival_reason", Code, required: true, codes: [1, 2, 3, 4]),
        Col("employment", Code, codes: [1, 2, 3, 4, 5, 9]),
    ]);

    public static readonly RegisterDefinition Births = new("births", "birth_id", true,
    [
        Col("birth_id", Id, required: true),
        Col("mother_id", Id, required: true),
        Col("father_id", Id),
        Col("child_id", Id),
        Col("birth_date", Date, required: true, eventDate: true),
        Col("child_sex", Code, required: true, codes: [1, 2]),
        Col("birth_order", Code, required: true, codes: [1, 2, 3]),
        Col("certificate_no", Id),
        Col("community_code", ColumnKind.OrgCode, required: true, org: OrgReference.Community),
        Col("reported_date", Date, eventDate: true),
    ]);

    public static readonly RegisterDefinition Contraception = new("contraception", "measure_id", true,
    [
        Col("measure_id", Id, required: true),
        Col("woman_id", Id, required: true),
        Col("method", Code, required: true, codes: [1, 2, 3, 4, 5, 6, 7, 9]),
        Col("start_date", Date, required: true, eventDate: true),
        Col("end_date", Date, eventDate: true),
        Col("end_reason", Code, codes: [1, 2, 3, 4, 9]),
    ]);

    public static readonly RegisterDefinition Followups = new("followups", "visit_id", true,
    [
        Col("visit_id", Id, required: true),
        Col("woman_id", Id, required: true),
        Col("visit_date", Date, required: true, eventDate: true),
        Col("visit_type", Code, required: true, codes: [1, 2, 3, 4, 5]),
        Col("measure_id", Id),
        Col("birth_id", Id),
        Col("result", Code, required: true, codes: [1, 2, 3, 4]),
        Col("staff_id", Id),
    ]);

    public static readonly RegisterDefinition Pregnancies = new("pregnancies", "pregnancy_id", true,
    [
        Col("pregnancy_id", Id, required: true),
        Col("woman_id", Id, required: true),
        Col("registered_date", Date, required: true, eventDate: true),
        Col("expected_date", Date),
        Col("outcome", Code, required: true, codes: [0, 1, 2, 3]),
        Col("outcome_date", Date, eventDate: true),
        Col("birth_id", Id),
    ]);

    public static readonly RegisterDefinition Certificates = new("certificates", "certificate_no", true,
    [
        Col("certificate_no", Id, required: true),
        Col("type", Code, required: true, codes: [1, 2, 3, 4]),
        Col("holder_id", Id, required: true),
        Col("spouse_id", Id),
        Col("issue_date", Date, required: true, eventDate: true),
        Col("valid_until", Date),
        Col("issued_by", ColumnKind.OrgCode, required: true),
        Col("delivered_at_community", Flag),
    ]);

    public static readonly RegisterDefinition Rewards = new("rewards", "payment_id", true,
    [
        Col("payment_id", Id, required: true),
        Col("type", Code, required: true, codes: [1, 2, 3]),
        Col("beneficiary_id", Id, required: true),
        Col("period", Year, required: true),
        Col("amount", Amount, required: true),
        Col("paid_date", Date, eventDate: true),
    ]);

    public static readonly RegisterDefinition FloatingChecks = new("floating_checks", "check_id", true,
    [
        Col("check_id", Id, required: true),
        Col("resident_id", Id, required: true),
        Col("check_date", Date, required: true, eventDate: true),
        Col("checked_by", Code, required: true, codes: [1, 2, 3, 4]),
        Col("certificate_status", Code, required: true, codes: [1, 2, 3]),
        Col("certificate_no", Id),
    ]);

    public static readonly RegisterDefinition Activities = new("activities", "activity_id", true,
    [
        Col("activity_id", Id, required: true),
        Col("org_code", ColumnKind.OrgCode, required: true, org: OrgReference.AnyUnit),
        Col("activity_date", Date, required: true, eventDate: true),
        Col("type", Code, required: true, codes: [1, 2, 3, 4, 5, 9]),
        Col("participants", Count, required: true),
        Col("materials", Count),
    ]);

    public static readonly RegisterDefinition Evaluations = new("evaluations", "evaluation_id", true,
    [
        Col("evaluation_id", Id, required: true),
        Col("community_code", ColumnKind.OrgCode, required: true, org: OrgReference.Community),
        Col("evaluation_date", Date, required: true, eventDate: true),
        Col("households_invited", Count, required: true),
        Col("respondents", Count, required: true),
        Col("satisfied", Count, required: true),
    ]);

    public static readonly RegisterDefinition ExtHospitalBirths = new("ext_hospital_births", "record_id", false,
    [
        Col("record_id", Id, required: true),
        Col("mother_citizen_id", ColumnKind.CitizenId, required: true, personal: true),
        Col("birth_date", Date, required: true, eventDate: true),
        Col("child_sex", Code, required: true, codes: [1, 2]),
        Col("hospital", Text),
        Col("residence_code", ColumnKind.OrgCode, required: true, org: OrgReference.Community),
    ]);

    public static readonly RegisterDefinition ExtMarriages = new("ext_marriages", "record_id", false,
    [
        Col("record_id", Id, required: true),
        Col("citizen_id_1", ColumnKind.CitizenId, required: true, personal: true),
        Col("citizen_id_2", ColumnKind.CitizenId, required: true, personal: true),
        Col("registration_date", Date, required: true, eventDate: true),
        Col("residence_code", ColumnKind.OrgCode, required: true, org: OrgReference.Community),
    ]);

    /// <summary>Every register, required ones first, in the contract's order.</summary>
    public static IReadOnlyList<RegisterDefinition> All { get; } =
    [
        OrgUnits, Residents, Births, Contraception, Followups, Pregnancies, Certificates, Rewards,
        FloatingChecks, Activities, Evaluations, ExtHospitalBirths, ExtMarriages,
    ];

    /// <summary>The eleven registers every batch must hold.</summary>
    public static IReadOnlyList<RegisterDefinition> RequiredRegisters { get; } = All.Where(r => r.Required).ToArray();

    /// <summary>The register whose file is <paramref name="fileName"/> (e.g. <c>births.csv</c>), or null.</summary>
    public static RegisterDefinition? ByFileName(string fileName) =>
        All.FirstOrDefault(r => string.Equals(r.FileName, fileName, StringComparison.Ordinal));

    /// <summary>The register called <paramref name="name"/>, or null.</summary>
    public static RegisterDefinition? ByName(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
}
