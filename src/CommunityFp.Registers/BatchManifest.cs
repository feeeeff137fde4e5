using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityFp.Registers;

/// <summary>A batch's <c>manifest.json</c> (registers.md, "A batch").</summary>
public sealed record BatchManifest
{
    /// <summary>The file name of a batch's manifest.</summary>
    public const string FileName = "manifest.json";

    [JsonPropertyName("format")] public required string Format { get; init; }

    /// <summary>The date the snapshot describes, <c>YYYY-MM-DD</c>.</summary>
    [JsonPropertyName("as_of")] public required string AsOf { get; init; }

    /// <summary>When the export was made: ISO 8601 date-time, normally with an offset; none means China time.</summary>
    [JsonPropertyName("exported_at")] public required string ExportedAt { get; init; }

    /// <summary>The org-unit code whose whole territory the batch covers.</summary>
    [JsonPropertyName("scope")] public required string Scope { get; init; }

    [JsonPropertyName("source")] public string? Source { get; init; }

    /// <summary><c>utf-8</c> or <c>gb18030</c> (<c>gbk</c>, <c>gb2312</c> accepted as names for it).</summary>
    [JsonPropertyName("encoding")] public required string Encoding { get; init; }

    [JsonPropertyName("files")] public required IReadOnlyDictionary<string, ManifestFile> Files { get; init; }

    /// <summary>China Standard Time, the offset assumed when <c>exported_at</c> has none.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest as the generator writes it (indented UTF-8 JSON, Chinese kept readable).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, WriteOptions) + "\n";

    /// <summary>Parses <c>as_of</c>; throws <see cref="FormatException"/> when it is not <c>YYYY-MM-DD</c>.</summary>
    public DateOnly AsOfDate() =>
        DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>exported_at</c>; an offset-less value is China time (+08:00).</summary>
    public DateTimeOffset ExportedAtInstant() => ParseExportedAt(ExportedAt);

    /// <summary>The local (China) calendar date of <c>exported_at</c>: what "known at K" compares with K.</summary>
    public DateOnly ExportedLocalDate() => DateOnly.FromDateTime(ExportedAtInstant().ToOffset(ChinaOffset).DateTime);

    /// <summary>Parses an <c>exported_at</c> value; throws <see cref="FormatException"/> when malformed.</summary>
    public static DateTimeOffset ParseExportedAt(string text)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasOffset(text))
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, styles);
        var local = DateTime.Parse(text, CultureInfo.InvariantCulture, styles | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaOffset);
    }

    // ISO 8601 separates the time with a T; a space (RFC 3339's allowance, common in exports) is read the same way,
    // so that its offset is not mistaken for China time
    private static bool HasOffset(string text)
    {
        var t = text.Trim();
        var timeStart = t.IndexOfAny(['T', 't', ' ']);
        if (timeStart < 0) return false;
        var time = t[timeStart..];
        return time.EndsWith('Z') || time.Contains('+') || time.LastIndexOf('-') > 0;
    }

    /// <summary>Reads and parses a manifest; throws <see cref="JsonException"/> when it is malformed.</summary>
    public static BatchManifest Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<BatchManifest>(stream)
            ?? throw new JsonException("manifest.json is empty (null)");
    }
}

/// <summary>A CSV file's entry in the manifest: record count (header excluded) and SHA-256 of its bytes.</summary>
public sealed record ManifestFile(
    [property: JsonPropertyName("rows")] long Rows,
    [property: JsonPropertyName("sha256")] string Sha256);
