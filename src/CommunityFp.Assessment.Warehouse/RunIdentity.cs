using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommunityFp.Assessment.Warehouse;

/// <summary>
/// A run's id is a hash of its inputs (scheme content hash, year, knowledge date, batch versions, and the SQL of the
/// models that turned the batches into figures): the same inputs name the same run, so assessing them again finds it
/// stored instead of writing a second copy.
/// </summary>
public static class RunIdentity
{
    public static string BatchIdsHash(IEnumerable<string> batchIds) =>
        Hex(string.Join("\n", batchIds.Distinct().Order(StringComparer.Ordinal)));

    /// <summary>e.g. <c>2007-3f9a1c2b7d4e</c>: the year, then 12 hex digits of the inputs' SHA-256.</summary>
    public static string Of(string schemeHash, int year, DateOnly? knowledgeDate, string batchIdsHash, string modelsHash)
    {
        var k = knowledgeDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "all";
        return $"{year}-{Hex($"{schemeHash}\n{year}\n{k}\n{batchIdsHash}\n{modelsHash}")[..12]}";
    }

    /// <summary>The hash of "model:sql_hash" lines, sorted.</summary>
    public static string ModelsHash(IEnumerable<string> modelLines) => Hex(string.Join("\n", modelLines.Order(StringComparer.Ordinal)));

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
