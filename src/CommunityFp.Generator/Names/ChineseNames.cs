using CommunityFp.Generator.Core;

namespace CommunityFp.Generator.Names;

/// <summary>
/// Realistic Han (and a few Manchu-origin north-eastern) names: a surname drawn by frequency and a one- or
/// two-character given name whose characters depend on sex and birth decade. A name is packed into a ulong of
/// three UTF-16 code units so that millions of residents cost eight bytes each.
/// </summary>
internal static class ChineseNames
{
    // Common surnames in Jilin, most frequent first (weights fall off geometrically below).
    private const string Surnames =
        "王李张刘陈杨赵孙于黄周吴徐高马朱胡郭林何罗宋郑梁韩唐冯董曹程袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶闫" +
        "余潘杜戴夏钟汪田任姜范方石姚谭廖邹金陆郝孔白崔康毛邱秦江史顾侯邵孟万段雷钱汤尹常武乔关佟隋鞠那谷";

    private const string MaleOld = "福贵德山有宝成发财祥荣富庆海忠义廷振永春喜满才金玉";
    private const string FemaleOld = "淑秀桂兰凤玉珍英芝荣华琴云霞素贞翠花梅香";
    private const string MaleMid = "伟强军磊勇涛明刚平辉鹏华飞波斌宇浩凯健俊超东海峰林亮成志国建文春立新永红";
    private const string FemaleMid = "芳娜敏静丽艳娟霞秀燕玲桂英华红梅琳颖莉萍凤兰玉淑春丹微爽杰岩";
    private const string MaleYoung = "浩宇鑫博子轩涵睿晨阳昊然泽鹏天一铭航宏旭俊";
    private const string FemaleYoung = "婷欣怡佳雪琪涵梦思雨萱彤瑶琳悦诗可馨蕊晗";

    private static readonly double[] SurnameWeights =
        Enumerable.Range(0, Surnames.Length).Select(i => Math.Pow(0.955, i)).ToArray();

    /// <summary>A name for someone of this sex born in this year.</summary>
    public static ulong Create(Rng rng, int sex, int birthYear)
    {
        var surname = Surnames[rng.Pick(SurnameWeights)];
        var pool = Pool(sex, birthYear);
        var c1 = pool[rng.Next(pool.Length)];
        // Two-character given names became the norm for children born after the 1970s.
        var twoChars = rng.Chance(birthYear < 1960 ? 0.55 : birthYear < 1980 ? 0.5 : 0.8);
        var c2 = twoChars ? pool[rng.Next(pool.Length)] : '\0';
        return Pack(surname, c1, c2);
    }

    /// <summary>The same person's name with the last character mistyped (a correction fixes it later).</summary>
    public static ulong Mistype(ulong name, Rng rng)
    {
        var shift = (name & 0xFFFF) == 0 ? 16 : 0;
        var old = (char)(name >> shift & 0xFFFF);
        var pool = MaleMid + FemaleMid;
        var replacement = pool[rng.Next(pool.Length)];
        if (replacement == old) replacement = old == '明' ? '华' : '明';
        return (name & ~(0xFFFFUL << shift)) | (ulong)replacement << shift;
    }

    /// <summary>The name with the parent's surname: children take their father's (or, without one, their mother's).</summary>
    public static ulong WithSurnameOf(ulong name, ulong parent) => (name & 0xFFFFFFFFUL) | (parent & ~0xFFFFFFFFUL);

    private static string Pool(int sex, int birthYear) => (sex, birthYear) switch
    {
        (1, < 1950) => MaleOld,
        (2, < 1950) => FemaleOld,
        (1, < 1982) => MaleMid,
        (2, < 1982) => FemaleMid,
        (1, _) => MaleYoung,
        _ => FemaleYoung,
    };

    private static ulong Pack(char surname, char c1, char c2) => (ulong)surname << 32 | (ulong)c1 << 16 | c2;

    /// <summary>Writes the name's characters into <paramref name="buffer"/> and returns their count (2 or 3).</summary>
    public static int Unpack(ulong name, Span<char> buffer)
    {
        buffer[0] = (char)(name >> 32 & 0xFFFF);
        buffer[1] = (char)(name >> 16 & 0xFFFF);
        var c2 = (char)(name & 0xFFFF);
        if (c2 == '\0') return 2;
        buffer[2] = c2;
        return 3;
    }
}
