using System.Security.Cryptography;
using System.Text.Json;

namespace CommunityFp.Assessment.Schemes;

/// <summary>One problem in a scheme file, at a JSON path such as <c>$.levels.community.criteria[3].indicator</c>.</summary>
public sealed record SchemeError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

public sealed class SchemeValidationException(string source, IReadOnlyList<SchemeError> errors)
    : Exception($"{source}: the scheme is not valid:{Environment.NewLine}" + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<SchemeError> Errors { get; } = errors;
}

/// <summary>A validated scheme with the SHA-256 of the file's bytes (part of a run's inputs).</summary>
public sealed record LoadedScheme(AssessmentScheme Scheme, string ContentHash, string Source);

public sealed record SchemeLoadResult(LoadedScheme? Scheme, IReadOnlyList<SchemeError> Errors)
{
    public bool IsValid => Scheme is not null;
}

/// <summary>Reads a scheme file (JSON with comments and trailing commas) and validates it completely.</summary>
public static class SchemeLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static LoadedScheme LoadFile(string path) => Load(File.ReadAllBytes(path), path);

    /// <exception cref="SchemeValidationException">with every error found, each naming its path.</exception>
    public static LoadedScheme Load(byte[] bytes, string source)
    {
        var result = TryLoad(bytes, source);
        return result.Scheme ?? throw new SchemeValidationException(source, result.Errors);
    }

    public static SchemeLoadResult TryLoad(byte[] bytes, string source)
    {
        SchemeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SchemeDocument>(bytes, Options);
        }
        catch (JsonException e)
        {
            return new(null, [FromJsonException(e)]);
        }
        if (document is null) return new(null, [new SchemeError("$", "the file holds no scheme (null)")]);
        var (scheme, errors) = SchemeValidator.Validate(document);
        return scheme is null ? new(null, errors) : new(new LoadedScheme(scheme, ContentHash(bytes), source), []);
    }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public static string ContentHash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static SchemeError FromJsonException(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
        var message = e.Message;
        var reason = message.Contains("could not be mapped", StringComparison.Ordinal) ? "unknown property"
            : message.Contains("could not be converted", StringComparison.Ordinal) ? "wrong type of value"
            : message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
        return new SchemeError(e.Path ?? "$", reason + where);
    }
}
