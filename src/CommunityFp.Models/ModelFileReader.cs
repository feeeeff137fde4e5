using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CommunityFp.Models;

/// <summary>Reads a model: its <c>.sql</c> and the sidecar <c>.yml</c> (description, materialization, dependencies, tests).</summary>
public static partial class ModelFileReader
{
    /// <summary>The layers, in build order; a model reads only its own layer or earlier ones.</summary>
    public static readonly IReadOnlyList<string> Layers = ["staging", "core", "marts"];

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    internal static partial Regex IdentifierPattern();

    /// <summary>Reads <paramref name="sqlPath"/> and the <c>.yml</c> beside it.</summary>
    public static ModelDefinition Read(string sqlPath)
    {
        var name = Path.GetFileNameWithoutExtension(sqlPath);
        var layer = Path.GetFileName(Path.GetDirectoryName(sqlPath))!;
        if (!IdentifierPattern().IsMatch(name))
            throw new ModelDefinitionException(name, $"the file name {Path.GetFileName(sqlPath)} is not a lowercase SQL identifier");
        if (!Layers.Contains(layer))
            throw new ModelDefinitionException(name, $"{sqlPath} is not under sql/staging, sql/core or sql/marts");
        var ymlPath = Path.ChangeExtension(sqlPath, ".yml");
        if (!File.Exists(ymlPath))
            throw new ModelDefinitionException(name, $"{Path.GetFileName(ymlPath)} (description, materialization, dependencies, tests) is missing beside {Path.GetFileName(sqlPath)}");

        var root = LoadYaml(name, ymlPath);
        string? Scalar(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var n) ? ((YamlScalarNode)n).Value : null;
        var description = Scalar("description")?.Trim()
            ?? throw new ModelDefinitionException(name, "the .yml has no description");
        var materialization = Scalar("materialized") switch
        {
            "view" => Materialization.View,
            "table" or null => Materialization.Table,
            "incremental" => Materialization.Incremental,
            var other => throw new ModelDefinitionException(name, $"materialized: {other} is not view, table or incremental"),
        };
        var incrementalKey = Scalar("incremental_key");
        if (materialization == Materialization.Incremental && incrementalKey is null)
            throw new ModelDefinitionException(name, "an incremental model needs incremental_key (the date column rebuilt from rebuild_from)");

        var lookback = Scalar("lookback_days") is { } days ? int.Parse(days, System.Globalization.CultureInfo.InvariantCulture) : 0;
        ChangeDating? changes = null;
        if (Scalar("changes_from") is { } from)
            changes = new ChangeDating(List(root, "changes_key", name), from.Trim());
        else if (root.Children.ContainsKey(new YamlScalarNode("changes_key")))
            throw new ModelDefinitionException(name, "changes_key needs changes_from (an aggregate giving the earliest date a change affects)");
        var merge = Scalar("incremental_strategy") switch
        {
            null or "partition" => false,
            "merge" when materialization == Materialization.Incremental => true,
            var other => throw new ModelDefinitionException(name, $"incremental_strategy: {other} is not partition or merge (of an incremental model)"),
        };
        var (dirtyKey, dirtyInputs) = DirtyKeys(root, name, materialization, merge);
        if (changes is not null && materialization != Materialization.Table && !merge && dirtyKey is null)
            throw new ModelDefinitionException(name, "changes_from dates the changes of a fully rebuilt table (materialized: table), of a merged incremental model or of a dirty-key model's recomputed rows");

        var model = new ModelDefinition(name, layer, description, materialization,
            List(root, "depends_on", name), List(root, "sources", name), File.ReadAllText(sqlPath).Trim().TrimEnd(';'),
            ModelTestReader.Read(name, root, merge ? null : incrementalKey), incrementalKey, lookback, changes, merge,
            dirtyKey, dirtyInputs, Scalar("dirty_key_from")?.Trim(), dirtyKey is null ? null : List(root, "dirty_input_key", name) is { Count: > 0 } k ? k : null,
            ChangedRecordsOf(root, name, materialization));
        if ((model.DirtyKeyFrom is null) != (model.DirtyInputKey is null))
            throw new ModelDefinitionException(name, "dirty_key_from (a query over <model>__dirty_named) and dirty_input_key (its columns) go together");
        foreach (var input in dirtyInputs?.Keys ?? [])
            if (!model.DependsOn.Contains(input))
                throw new ModelDefinitionException(name, $"dirty_inputs: {input} is not in depends_on");
        if (merge && model.UniqueKey is null)
            throw new ModelDefinitionException(name, "a merged incremental model needs a unique test (the key its rows are replaced by)");
        return model;
    }

    // dirty_key: [columns]; dirty_inputs: {input: [its columns giving the key, in order]}
    private static (IReadOnlyList<string>?, IReadOnlyDictionary<string, IReadOnlyList<string>>?) DirtyKeys(
        YamlMappingNode root, string name, Materialization materialization, bool merge)
    {
        var key = List(root, "dirty_key", name);
        var hasInputs = root.Children.TryGetValue(new YamlScalarNode("dirty_inputs"), out var node);
        if (key.Count == 0 && !hasInputs) return (null, null);
        if (key.Count == 0 || node is not YamlMappingNode map || map.Children.Count == 0)
            throw new ModelDefinitionException(name, "dirty_key needs dirty_inputs (a mapping input: [its key columns]) and the reverse");
        if (materialization != Materialization.Incremental || merge)
            throw new ModelDefinitionException(name, "dirty_key is for an incremental model rebuilt by partition");
        var inputs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (input, _) in map.Children)
        {
            var inputName = ((YamlScalarNode)input).Value ?? "";
            var columns = List(map, inputName, name);
            var inputKey = List(root, "dirty_input_key", name) is { Count: > 0 } k ? k : key;
            if (!IdentifierPattern().IsMatch(inputName) || columns.Count != inputKey.Count)
                throw new ModelDefinitionException(name, $"dirty_inputs: {inputName} must list {inputKey.Count} columns (giving {string.Join(", ", inputKey)})");
            inputs[inputName] = columns;
        }
        return (key, inputs);
    }

    // changed_records: {register: followups, key: [scope, visit_id], versions: latest | every_known}
    private static ChangedRecords? ChangedRecordsOf(YamlMappingNode root, string name, Materialization materialization)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("changed_records"), out var node)) return null;
        const string Form = "changed_records is {register: <register>, key: [<scope column>, <record id column>], versions: latest | every_known}";
        if (node is not YamlMappingNode map || materialization != Materialization.Table)
            throw new ModelDefinitionException(name, $"{Form}, for a table (materialized: table)");
        string? Scalar(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var n) ? (n as YamlScalarNode)?.Value : null;
        var register = Scalar("register");
        var key = List(map, "key", name);
        var versions = Scalar("versions");
        if (register is null || !IdentifierPattern().IsMatch(register) || key.Count != 2 || versions is not ("latest" or "every_known"))
            throw new ModelDefinitionException(name, Form);
        return new ChangedRecords(register, key, versions == "every_known");
    }

    private static YamlMappingNode LoadYaml(string name, string path)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode
                ?? throw new ModelDefinitionException(name, $"{Path.GetFileName(path)} is not a mapping");
        }
        catch (YamlException e)
        {
            throw new ModelDefinitionException(name, $"{Path.GetFileName(path)} line {e.Start.Line}: {e.Message}");
        }
    }

    internal static IReadOnlyList<string> List(YamlMappingNode map, string key, string model)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node)) return [];
        var items = node switch
        {
            YamlSequenceNode seq => seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray(),
            YamlScalarNode s => [s.Value ?? ""],
            _ => throw new ModelDefinitionException(model, $"{key} must be a list"),
        };
        foreach (var item in items)
            if (!IdentifierPattern().IsMatch(item))
                throw new ModelDefinitionException(model, $"{key}: '{item}' is not a lowercase SQL identifier");
        return items;
    }
}
