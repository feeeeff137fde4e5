namespace CommunityFp.Generator.OrgHierarchy;

/// <summary>Jilin City's urban districts and their street offices (街道办事处), as the demo's org tree uses them.</summary>
internal static class JilinDistricts
{
    public const int CityCode = 2202;
    public const string CityName = "吉林市";

    public static string DistrictName(int code) => code switch
    {
        220202 => "昌邑区",
        220203 => "龙潭区",
        220204 => "船营区",
        220211 => "丰满区",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a Jilin City urban district"),
    };

    /// <summary>Street offices of a district, in code order (001, 002 …).</summary>
    public static IReadOnlyList<string> Streets(int district) => district switch
    {
        220202 => ["延安街道", "文庙街道", "东局子街道", "新地号街道", "哈达湾街道", "站前街道", "民主街道", "通江街道",
            "兴华街道", "莲花街道", "延江街道", "双吉街道"],
        220203 => ["新吉林街道", "湘潭街道", "遵义街道", "东城街道", "龙华街道", "铁东街道", "山前街道", "泡子沿街道",
            "承德街道", "榆树街道", "新安街道", "龙潭街道"],
        220204 => ["北京路街道", "德胜街道", "南京街道", "大东街道", "青岛街道", "向阳街道", "致和街道", "临江街道",
            "北极街道", "长春路街道", "黄旗街道", "搜登站街道"],
        220211 => ["江南街道", "红旗街道", "泰山街道", "沿丰街道", "丰满街道", "石井街道", "新丰街道", "松花湖街道",
            "滨江街道", "高新街道", "江北街道", "前进街道"],
        _ => throw new ArgumentOutOfRangeException(nameof(district), district, "not a Jilin City urban district"),
    };

    /// <summary>The district's FP office as a batch's <c>source</c> names it.</summary>
    public static string Source(int district) => DistrictName(district) + "人口和计划生育局 育龄妇女信息系统(WIS)导出";
}
