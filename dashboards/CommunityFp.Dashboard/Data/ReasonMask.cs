using System.Text.RegularExpressions;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// Reasons from the ETL name files, lines, columns and rules, never values (docs/warehouse-schema.md, "Personal
/// data"). Shown on the quality page, they still pass this guard: anything shaped like a citizen id (15–18 digits)
/// and any run of Chinese characters (a name) is replaced by ＊, so a future reason that quotes a value cannot leak one.
/// </summary>
public static partial class ReasonMask
{
    public static string Mask(string reason) => ChineseRun().Replace(CitizenIdLike().Replace(reason, "＊"), "＊");

    [GeneratedRegex(@"(?<![0-9A-Fa-f])[0-9]{15,17}[0-9Xx]?(?![0-9A-Fa-f])")]
    private static partial Regex CitizenIdLike();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF]+")]
    private static partial Regex ChineseRun();
}
