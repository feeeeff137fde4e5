using CommunityFp.Generator.Core;

namespace CommunityFp.Generator.OrgHierarchy;

/// <summary>Community (社区) names: a place or civic word, sometimes with a direction, plus 社区; unique per district.</summary>
internal sealed class CommunityNames
{
    private static readonly string[] Words =
    [
        "东山", "翠华", "江湾", "光华", "兴隆", "松江", "滨江", "临江", "北山", "朝阳", "向阳", "和平", "解放", "胜利",
        "友谊", "民主", "建设", "繁荣", "幸福", "长青", "东升", "新华", "文化", "光明", "春光", "丰收", "育民", "安居",
        "龙泉", "德胜", "通江", "延安", "文庙", "昌邑", "哈达", "莲花", "双吉", "吉化", "铁路", "江畔", "清源", "永安",
        "长安", "福民", "锦江", "桃源", "泰山", "红旗", "沿江", "紫光", "金珠", "银河", "富强", "新兴", "青年", "园林",
        "东方", "华山", "东岭", "西山", "南阳", "北极", "大东", "致和", "青岛", "南京", "北京", "黄旗", "天津", "越山",
        "湘潭", "遵义", "承德", "榆树", "新安", "铁东", "山前", "龙华", "东城", "石井", "丰满", "江南", "松花", "碧水",
    ];

    private static readonly string[] Prefixes = ["", "", "东", "西", "南", "北", "新"];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next(Rng rng)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Prefixes[rng.Next(Prefixes.Length)] + Words[rng.Next(Words.Length)]
                + (attempt > 200 ? (attempt % 9 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "") + "社区";
            if (_used.Add(name)) return name;
        }
    }
}
