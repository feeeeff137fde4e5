using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityFp.Assessment.Schemes;

// The scheme file exactly as written (every field optional here, so that the validator, not the parser, reports
// what is missing — with the path in the file). scheme.schema.json publishes the same shape.

internal sealed class SchemeDocument
{
    public string? Scheme { get; set; }
    public int? Version { get; set; }
    public int? Year { get; set; }
    public Dictionary<string, LevelDocument?>? Levels { get; set; }
    public List<TargetDocument?>? Targets { get; set; }
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    public string? Description { get; set; }
}

internal sealed class LevelDocument
{
    public decimal? Total { get; set; }
    public List<CriterionDocument?>? Criteria { get; set; }
    public List<VetoDocument?>? Vetoes { get; set; }
    public List<StandardDocument?>? Standards { get; set; }
}

internal sealed class CriterionDocument
{
    public string? Indicator { get; set; }
    public decimal? Weight { get; set; }
    public string? Rule { get; set; }
    public decimal? Target { get; set; }
    public decimal? PerPoint { get; set; }
    public decimal? Floor { get; set; }
    public string? Direction { get; set; }
    public string? WhenNoData { get; set; }
    public string? Note { get; set; }
}

internal sealed class VetoDocument
{
    public string? Id { get; set; }
    public string? Indicator { get; set; }
    public string? When { get; set; }
    public int? Propagates { get; set; }
    public string? Note { get; set; }
}

internal sealed class StandardDocument
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public decimal? MinScore { get; set; }
    [JsonConverter(typeof(OrderedPairsConverter))]
    public List<KeyValuePair<string, string?>>? Requires { get; set; }
    public List<int>? NoVetoInYears { get; set; }
    public string? Note { get; set; }
}

internal sealed class TargetDocument
{
    public string? Scope { get; set; }
    public string? Level { get; set; }
    public string? Standard { get; set; }
    public string? Share { get; set; }
    public string? By { get; set; }
    public string? Note { get; set; }
}

/// <summary>Reads a JSON object into its pairs in file order (a dictionary would not promise an order).</summary>
internal sealed class OrderedPairsConverter : JsonConverter<List<KeyValuePair<string, string?>>>
{
    public override List<KeyValuePair<string, string?>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("expected an object of indicator: condition pairs");
        var pairs = new List<KeyValuePair<string, string?>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"the condition of '{key}' must be a string such as \">= 0.90\""),
            };
            pairs.Add(new(key, value));
        }
        return pairs;
    }

    public override void Write(Utf8JsonWriter writer, List<KeyValuePair<string, string?>> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, condition) in value) writer.WriteString(key, condition);
        writer.WriteEndObject();
    }
}
