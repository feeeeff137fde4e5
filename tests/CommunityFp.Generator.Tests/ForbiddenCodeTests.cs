using System.Text.RegularExpressions;

namespace CommunityFp.Generator.Tests;

/// <summary>
/// Determinism as an architecture rule: the generator's source never reads the clock, the runtime's shared or
/// unseeded random generators, per-process hash seeds or the current culture (ScottPlot-style forbidden-code scan).
/// </summary>
public sealed class ForbiddenCodeTests
{
    private static readonly (string Pattern, string Why)[] Forbidden =
    [
        (@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b", "reads the clock"),
        (@"\bnew Random\(|\bRandom\.Shared\b", "uses the runtime's Random instead of Core/Rng"),
        (@"\bGuid\.NewGuid\(", "is random per run"),
        (@"\bEnvironment\.TickCount|\bStopwatch\b", "reads the clock"),
        (@"\bHashCode\.Combine\(|\.GetHashCode\(\)", "is seeded per process"),
        (@"CultureInfo\.CurrentCulture|CultureInfo\.CurrentUICulture", "depends on the machine's culture"),
    ];

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "CommunityFp.Generator");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("src/CommunityFp.Generator not found above the test binaries");
    }

    [Fact]
    public void The_generator_source_has_no_nondeterministic_calls()
    {
        var offences = new List<string>();
        var root = SourceFolder();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (var (pattern, why) in Forbidden)
                    if (Regex.IsMatch(lines[i], pattern))
                        offences.Add($"{Path.GetRelativePath(root, file)}:{i + 1} {why}: {lines[i].Trim()}");
        }
        Assert.Empty(offences);
    }
}
