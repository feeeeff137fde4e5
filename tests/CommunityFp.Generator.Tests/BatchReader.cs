using CommunityFp.Registers;

namespace CommunityFp.Generator.Tests;

/// <summary>Reads a register file of a batch into rows keyed by column name (header order may vary by district).</summary>
internal static class BatchReader
{
    public static List<Dictionary<string, string>> Read(string batchFolder, string register)
    {
        var manifest = BatchManifest.Read(Path.Combine(batchFolder, BatchManifest.FileName));
        var bytes = File.ReadAllBytes(Path.Combine(batchFolder, register + ".csv"));
        var text = BatchEncoding.Resolve(manifest.Encoding)!.GetString(bytes).TrimStart('\uFEFF');
        var records = Rfc4180.Parse(text);
        var header = records[0].Fields;
        return records.Skip(1).Select(r => header.Select((h, i) => (h, v: i < r.Fields.Count ? r.Fields[i] : ""))
            .ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal)).ToList();
    }

    /// <summary>The date, or null when the field is empty or malformed (an injected defect).</summary>
    public static DateOnly? TryDate(string text) => FieldParsers.TryParseDate(text, out var d) ? d : null;

    public static DateOnly Date(string text) =>
        FieldParsers.TryParseDate(text, out var d) ? d : throw new FormatException($"not a date: {text}");
}
