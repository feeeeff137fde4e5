using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityFp.Assessment.Results;

/// <summary>
/// A run's results as UTF-8 JSON: snake_case names, enums as text, invariant number formats, the order of the
/// result lists (already sorted). Same result → same bytes.
/// </summary>
public static class ResultSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // 达标 stays readable; the output is a file, not HTML
        WriteIndented = true,
        NewLine = "\n",
    };

    public static byte[] Serialize(AssessmentResult result) => JsonSerializer.SerializeToUtf8Bytes(result, Options);

    public static byte[] Serialize(RunDiff diff) => JsonSerializer.SerializeToUtf8Bytes(diff, Options);

    public static AssessmentResult Deserialize(byte[] json) =>
        JsonSerializer.Deserialize<AssessmentResult>(json, Options) ?? throw new JsonException("the file holds no assessment result");
}
