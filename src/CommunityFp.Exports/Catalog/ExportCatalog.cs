namespace CommunityFp.Exports.Catalog;

/// <summary>The exports researchers can ask for; marts add theirs with <see cref="Register"/>.</summary>
public sealed class ExportCatalog
{
    private readonly Dictionary<string, ExportDefinition> _byName = new(StringComparer.Ordinal);

    public ExportCatalog Register(ExportDefinition definition)
    {
        if (!_byName.TryAdd(definition.Name, definition))
            throw new ArgumentException($"an export named {definition.Name} is already registered", nameof(definition));
        return this;
    }

    /// <summary>Every export, by name: what <c>cfp export --list</c> shows.</summary>
    public IReadOnlyList<ExportDefinition> List() => _byName.Values.OrderBy(d => d.Name, StringComparer.Ordinal).ToArray();

    public ExportDefinition Get(string name) =>
        _byName.TryGetValue(name, out var definition)
            ? definition
            : throw new KeyNotFoundException($"no export named {name}; choose one of {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}");

    public bool Contains(string name) => _byName.ContainsKey(name);
}
