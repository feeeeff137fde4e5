using System.Text;

namespace CommunityFp.Generator.Writing;

/// <summary>How one batch version is laid out: encoding, BOM, line ends, date layout, column order, extra columns.</summary>
internal sealed record ExportStyle(
    Encoding Encoding,
    string EncodingName,
    bool Bom,
    bool Crlf,
    DateStyle Dates,
    IReadOnlyDictionary<string, int[]> ColumnOrders,
    IReadOnlyDictionary<string, string> ExtraColumns)
{
    public static readonly Encoding Utf8 = new UTF8Encoding(false, true);

    /// <summary>Clean UTF-8, LF, ISO dates, the contract's column order.</summary>
    public static ExportStyle Canonical { get; } = new(Utf8, CommunityFp.Registers.BatchEncoding.Utf8Name, false, false, DateStyle.Dash,
        new Dictionary<string, int[]>(), new Dictionary<string, string>());

    /// <summary>The column order of a register (canonical indices).</summary>
    public int[] OrderOf(CommunityFp.Registers.RegisterDefinition register) =>
        ColumnOrders.TryGetValue(register.Name, out var order) ? order : Enumerable.Range(0, register.Columns.Count).ToArray();
}
