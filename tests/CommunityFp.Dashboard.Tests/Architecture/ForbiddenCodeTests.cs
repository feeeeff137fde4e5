using System.Text.RegularExpressions;

namespace CommunityFp.Dashboard.Tests.Architecture;

/// <summary>
/// The web layer (Razor components, pages, endpoints) never opens a connection or builds SQL: everything goes
/// through <c>Data/WarehouseReader</c>, where the territory filter lives (ScottPlot-style forbidden-code tests:
/// each failure names the file and line).
/// </summary>
public sealed partial class ForbiddenCodeTests
{
    private static readonly string Dashboard = Path.Combine(RepositoryRoot(), "dashboards", "CommunityFp.Dashboard");

    public static TheoryData<string, string> Rules => new()
    {
        { "DuckDB", "a DuckDB type (connections, commands, parameters)" },
        { "OpenReader", "opening a warehouse connection" },
        { "WarehouseLoader", "the warehouse itself" },
        { "CommandText", "a SQL command" },
        { "CreateCommand", "a SQL command" },
        { "ExecuteReader", "running SQL" },
        { "ExecuteScalar", "running SQL" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_web_layer_does_not_touch_the_database(string forbidden, string what)
    {
        var hits = WebLayerLines().Where(l => l.Text.Contains(forbidden, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 0, $"{what} outside Data/:\n" + string.Join('\n', hits.Select(h => $"{h.File}:{h.Line}: {h.Text.Trim()}")));
    }

    [Fact]
    public void The_web_layer_holds_no_sql()
    {
        var hits = WebLayerLines().Where(l => SqlKeywords().IsMatch(l.Text)).ToList();
        Assert.True(hits.Count == 0, "SQL outside Data/:\n" + string.Join('\n', hits.Select(h => $"{h.File}:{h.Line}: {h.Text.Trim()}")));
    }

    [Fact]
    public void The_scan_sees_the_pages()
    {
        var files = WebLayerLines().Select(l => l.File).Distinct().ToList();
        Assert.Contains(files, f => f.EndsWith("ScorecardPage.razor", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("DashboardEndpoints.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_reader_holds_sql_in_the_data_layer()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Dashboard, "Data"), "*.cs")
            .Where(f => File.ReadLines(f).Any(l => SqlKeywords().IsMatch(l)))
            .Select(Path.GetFileName).ToList();
        // WarehouseReader is partial: each page's queries live in WarehouseReader.<Feature>.cs
        Assert.All(files, f => Assert.StartsWith("WarehouseReader", f, StringComparison.Ordinal));
    }

    /// <summary>Every line of the components, endpoints, charts, auth and hosting code (everything but Data/).</summary>
    private static IEnumerable<(string File, int Line, string Text)> WebLayerLines() =>
        Directory.EnumerateFiles(Dashboard, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !IsUnder(f, "Data") && !IsUnder(f, "bin") && !IsUnder(f, "obj"))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (Path.GetRelativePath(Dashboard, f), i + 1, text)))
            .Where(l => !l.Item3.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.Item3.TrimStart().StartsWith("///", StringComparison.Ordinal));

    private static bool IsUnder(string file, string folder) =>
        Path.GetRelativePath(Dashboard, file).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [GeneratedRegex(@"\b(select|insert|update|delete)\b[^""]*\b(from|into|set)\b|\bwhere\s+\w+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SqlKeywords();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CommunityFp.Analytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (CommunityFp.Analytics.sln) not found above " + AppContext.BaseDirectory);
    }
}
