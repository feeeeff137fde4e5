using System.Text;

namespace CommunityFp.Generator.Writing;

/// <summary>
/// Encoded bytes of single BMP characters and of short repeated texts (building and unit labels), per encoding.
/// Filled lazily; a race only writes the same bytes twice.
/// </summary>
internal static class CharCache
{
    private static readonly byte[]?[] Utf8 = new byte[]?[65536];
    private static readonly byte[]?[] Gb = new byte[]?[65536];

    public static ReadOnlySpan<byte> Get(Encoding encoding, char c)
    {
        var table = encoding.CodePage == 54936 ? Gb : Utf8;
        return table[c] ??= encoding.GetBytes(c.ToString());
    }

    private static readonly byte[][] BuildingsUtf8 = Labels(ExportStyle.Utf8, "号楼", 1000);
    private static readonly byte[][] BuildingsGb = Labels(CommunityFp.Registers.BatchEncoding.Gb18030, "号楼", 1000);
    private static readonly byte[][] UnitsUtf8 = Labels(ExportStyle.Utf8, "单元", 10);
    private static readonly byte[][] UnitsGb = Labels(CommunityFp.Registers.BatchEncoding.Gb18030, "单元", 10);

    private static byte[][] Labels(Encoding encoding, string suffix, int count) =>
        Enumerable.Range(0, count).Select(i => encoding.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix)).ToArray();

    /// <summary>"12号楼" in the encoding.</summary>
    public static ReadOnlySpan<byte> Building(Encoding encoding, int number) =>
        (encoding.CodePage == 54936 ? BuildingsGb : BuildingsUtf8)[Math.Clamp(number, 0, 999)];

    /// <summary>"2单元" in the encoding.</summary>
    public static ReadOnlySpan<byte> Unit(Encoding encoding, int number) =>
        (encoding.CodePage == 54936 ? UnitsGb : UnitsUtf8)[Math.Clamp(number, 0, 9)];
}
