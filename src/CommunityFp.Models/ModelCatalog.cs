using System.Text.RegularExpressions;

namespace CommunityFp.Models;

/// <summary>
/// Every model under a <c>sql/</c> folder, checked (declared dependencies exist, every model the SQL reads is
/// declared, no cycles) and ordered so that each model comes after what it reads.
/// </summary>
public sealed partial class ModelCatalog
{
    private ModelCatalog(IReadOnlyList<ModelDefinition> ordered, IReadOnlyList<(string Name, string Sql)> macros)
    {
        Models = ordered;
        Macros = macros;
    }

    /// <summary>The folder of shared SQL macros (<c>create or replace macro …</c>), created before any model.</summary>
    public const string MacroFolder = "macros";

    /// <summary>The shared macros (e.g. exact age at a date), by file name.</summary>
    public IReadOnlyList<(string Name, string Sql)> Macros { get; }

    /// <summary>The models in build order (dependencies first; ties by layer, then name).</summary>
    public IReadOnlyList<ModelDefinition> Models { get; }

    public ModelDefinition this[string name] => Models.First(m => m.Name == name);

    /// <summary>Reads every <c>sql/{staging,core,marts}/*.sql</c> under <paramref name="sqlFolder"/>.</summary>
    public static ModelCatalog Load(string sqlFolder)
    {
        var models = ModelFileReader.Layers
            .Select(layer => Path.Combine(sqlFolder, layer))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.sql").Order(StringComparer.Ordinal))
            .Select(ModelFileReader.Read)
            .ToList();
        var macroDir = Path.Combine(sqlFolder, MacroFolder);
        var macros = Directory.Exists(macroDir)
            ? Directory.EnumerateFiles(macroDir, "*.sql").Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList()
            : [];
        return FromModels(models, macros);
    }

    /// <summary>The product's own models: the <c>sql/</c> folder copied beside the running program.</summary>
    public static ModelCatalog LoadProductModels() => Load(Path.Combine(AppContext.BaseDirectory, "sql"));

    /// <summary>Checks and orders the given models.</summary>
    public static ModelCatalog FromModels(IReadOnlyList<ModelDefinition> models,
        IReadOnlyList<(string Name, string Sql)>? macros = null)
    {
        var byName = new Dictionary<string, ModelDefinition>(StringComparer.Ordinal);
        foreach (var m in models)
            if (!byName.TryAdd(m.Name, m))
                throw new ModelDefinitionException(m.Name, "two models have this name");
        foreach (var m in models) CheckReferences(m, byName);
        return new ModelCatalog(Order(models, byName), macros ?? []);
    }

    private static void CheckReferences(ModelDefinition model, Dictionary<string, ModelDefinition> byName)
    {
        foreach (var dep in model.DependsOn)
        {
            if (!byName.TryGetValue(dep, out var target))
                throw new ModelDefinitionException(model.Name, $"depends on {dep}, which is not a model");
            if (LayerIndex(target) > LayerIndex(model))
                throw new ModelDefinitionException(model.Name, $"reads {dep} of a later layer ({target.Layer})");
        }
        var ctes = CteNames(model.Sql);
        foreach (var referenced in ReferencedNames(model.Sql))
        {
            if (referenced == BuildContext.TableName || (model.HasDirtyTable && referenced == model.DirtyTable) || ctes.Contains(referenced) || model.DependsOn.Contains(referenced)
                || model.Sources.Contains(referenced)) continue;
            if (byName.ContainsKey(referenced))
                throw new ModelDefinitionException(model.Name, $"reads {referenced} but does not list it in depends_on");
            throw new ModelDefinitionException(model.Name, $"reads {referenced}, which is neither a model, a CTE nor a declared source");
        }
    }

    private static int LayerIndex(ModelDefinition m) => ModelFileReader.Layers.ToList().IndexOf(m.Layer);

    // Kahn's algorithm with a sorted ready set, so the order is the same on every machine.
    private static List<ModelDefinition> Order(IReadOnlyList<ModelDefinition> models, Dictionary<string, ModelDefinition> byName)
    {
        var pending = models.ToDictionary(m => m.Name, m => m.DependsOn.Distinct().Count(), StringComparer.Ordinal);
        var ready = new SortedSet<(int Layer, string Name)>(models.Where(m => pending[m.Name] == 0).Select(m => (LayerIndex(m), m.Name)));
        var ordered = new List<ModelDefinition>();
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            ordered.Add(byName[next.Name]);
            foreach (var m in models.Where(m => m.DependsOn.Contains(next.Name)))
                if (--pending[m.Name] == 0) ready.Add((LayerIndex(m), m.Name));
        }
        if (ordered.Count < models.Count)
        {
            var stuck = models.Where(m => !ordered.Contains(m)).Select(m => m.Name).Order(StringComparer.Ordinal).ToArray();
            throw new ModelDefinitionException(stuck[0], $"dependency cycle among {string.Join(" → ", CyclePath(stuck[0], byName))}");
        }
        return ordered;
    }

    private static List<string> CyclePath(string start, Dictionary<string, ModelDefinition> byName)
    {
        var path = new List<string> { start };
        var current = start;
        while (true)
        {
            var next = byName[current].DependsOn.Order(StringComparer.Ordinal).First(d => Reaches(d, start, byName, []));
            path.Add(next);
            if (next == start || path.Count > byName.Count + 1) return path;
            current = next;
        }
    }

    private static bool Reaches(string from, string to, Dictionary<string, ModelDefinition> byName, HashSet<string> seen) =>
        from == to || (seen.Add(from) && byName[from].DependsOn.Any(d => Reaches(d, to, byName, seen)));

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/|'(?:[^']|'')*'", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    [GeneratedRegex(@"(?<!\bdistinct\s+)\b(?:from|join)\s+([a-z_][a-z0-9_]*)\b(?!\s*[.(])", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();

    [GeneratedRegex(@"\b([a-z_][a-z0-9_]*)\s*(?:\([^()]*\))?\s+as\s+(?:not\s+)?(?:materialized\s+)?\(", RegexOptions.IgnoreCase)]
    private static partial Regex CteDefinition();

    private static string Clean(string sql) => CommentsAndStrings().Replace(sql, " ");

    internal static HashSet<string> ReferencedNames(string sql) =>
        TableReference().Matches(Clean(sql)).Select(m => m.Groups[1].Value.ToLowerInvariant())
            .Where(n => n is not ("lateral" or "unnest" or "select")).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> CteNames(string sql) =>
        CteDefinition().Matches(Clean(sql)).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
