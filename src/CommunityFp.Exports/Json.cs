using System.Text.Encodings.Web;
using System.Text.Json;

namespace CommunityFp.Exports;

/// <summary>JSON for metadata values: Chinese text stays readable (no \u escapes).</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
