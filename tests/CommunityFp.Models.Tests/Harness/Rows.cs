namespace CommunityFp.Models.Tests.Harness;

/// <summary>Register rows with the required columns filled with ordinary values, so a test states only what it is about.</summary>
internal static class Rows
{
    /// <summary>A present, married woman of 27 in community C1, living there since 2000.</summary>
    public static FixtureWorld Woman(this FixtureWorld world, string id, string community = FixtureWorld.C1,
        string birthDate = "1980-01-01", int marital = 20, int hukou = 1, int status = 1, string? statusDate = null,
        string? marriageDate = null, string? citizenId = null, int arrivalReason = 2, string arrivalDate = "2000-01-01",
        Func<BatchVersion, bool>? when = null) =>
        world.Resident(id, 2, community, birthDate, marital, hukou, status, statusDate, marriageDate, citizenId,
            arrivalReason, arrivalDate, when);

    public static FixtureWorld Resident(this FixtureWorld world, string id, int sex, string community = FixtureWorld.C1,
        string birthDate = "1980-01-01", int marital = 20, int hukou = 1, int status = 1, string? statusDate = null,
        string? marriageDate = null, string? citizenId = null, int arrivalReason = 2, string arrivalDate = "2000-01-01",
        Func<BatchVersion, bool>? when = null) =>
        world.Add("residents", new
        {
            resident_id = id, citizen_id = citizenId, name = "测试", sex, birth_date = birthDate, hukou,
            origin_code = hukou == 3 ? "370102" : null, marital, marriage_date = marriageDate, community_code = community,
            status, status_date = statusDate, arrival_date = arrivalDate, arrival_reason = arrivalReason,
        }, when);

    public static FixtureWorld Measure(this FixtureWorld world, string id, string woman, int method, string start,
        string? end = null, Func<BatchVersion, bool>? when = null) =>
        world.Add("contraception", new
        {
            measure_id = id, woman_id = woman, method, start_date = start, end_date = end,
            end_reason = end is null ? (int?)null : 1,
        }, when);

    public static FixtureWorld Visit(this FixtureWorld world, string id, string woman, string date, int type = 1,
        int result = 1, Func<BatchVersion, bool>? when = null) =>
        world.Add("followups", new { visit_id = id, woman_id = woman, visit_date = date, visit_type = type, result }, when);

    public static FixtureWorld Birth(this FixtureWorld world, string id, string mother, string date, int order = 1,
        string? certificate = null, string? father = null, string community = FixtureWorld.C1,
        Func<BatchVersion, bool>? when = null, int sex = 1) =>
        world.Add("births", new
        {
            birth_id = id, mother_id = mother, father_id = father, birth_date = date, child_sex = sex,
            birth_order = order, certificate_no = certificate, community_code = community,
        }, when);

    public static FixtureWorld Certificate(this FixtureWorld world, string no, int type, string holder, string issued,
        string? spouse = null, string? validUntil = null, Func<BatchVersion, bool>? when = null) =>
        world.Add("certificates", new
        {
            certificate_no = no, type, holder_id = holder, spouse_id = spouse, issue_date = issued,
            valid_until = validUntil, issued_by = FixtureWorld.District, delivered_at_community = 1,
        }, when);

    /// <summary>An 18-character citizen id with a valid GB 11643 check character.</summary>
    public static string CitizenId(string seventeenDigits)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = seventeenDigits.Select((c, i) => (c - '0') * weights[i]).Sum();
        return seventeenDigits + "10X98765432"[sum % 11];
    }
}
