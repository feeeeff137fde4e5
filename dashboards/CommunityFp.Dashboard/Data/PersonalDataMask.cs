namespace CommunityFp.Dashboard.Data;

/// <summary>
/// Masks personal data (个人信息) before it leaves the data-access layer: pages show masked values by default.
/// The marts the pages read hold no personal data; evidence views (vetoes) will go through these.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>张三丰 → 张**: the family name only.</summary>
    public static string Name(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    /// <summary>220202198001011234 → 220202********1234: the region code and the last four characters.</summary>
    public static string CitizenId(string? id) =>
        string.IsNullOrEmpty(id) ? "" : id.Length <= 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];
}
