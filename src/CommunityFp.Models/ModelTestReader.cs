using YamlDotNet.RepresentationModel;

namespace CommunityFp.Models;

/// <summary>
/// Turns a model's <c>tests:</c> list into queries of failing rows. Column and table names are checked to be plain
/// identifiers; accepted values are bound as parameters at run time.
/// </summary>
internal static class ModelTestReader
{
    /// <summary>The table holding, during a build, each incrementally rebuilt model's rebuild_from.</summary>
    public const string RebuiltTable = "build_rebuilt";

    public static IReadOnlyList<DataTest> Read(string model, YamlMappingNode root, string? incrementalKey = null)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("tests"), out var node)) return [];
        if (node is not YamlSequenceNode list) throw new ModelDefinitionException(model, "tests must be a list");
        var tests = new List<DataTest>();
        foreach (var item in list.Children.Cast<YamlMappingNode>())
        foreach (var (keyNode, value) in item.Children)
        {
            var kind = ((YamlScalarNode)keyNode).Value!;
            var test = Build(model, kind, value) with
            {
                OwnRowsOnly = kind is "unique" or "not_null" or "accepted_values" or "expression" or "warn_expression",
            };
            tests.Add(incrementalKey is null ? test : test with { RebuiltRowsSql = RebuiltRowsSql(model, test, incrementalKey) });
        }
        return tests;
    }

    // The rows an incremental build rebuilt: the model's partitions from its rebuild_from on.
    private static string? RebuiltRowsSql(string model, DataTest test, string key)
    {
        var partitionLocal = test.Name.StartsWith("not_null(", StringComparison.Ordinal)
            || test.Name.StartsWith("accepted_values(", StringComparison.Ordinal)
            || test.Name.StartsWith("expression(", StringComparison.Ordinal)
            || (test.Name.StartsWith("unique(", StringComparison.Ordinal) && UniqueIncludesPartition(test.Name, key));
        if (!partitionLocal) return null;
        return OverRows(test.FailingRowsSql, model, RebuiltRowsFilter(key));
    }

    /// <summary>A test's query reading only the model's rows that pass <paramref name="filter"/>.</summary>
    public static string OverRows(string failingRowsSql, string model, string filter)
    {
        var rows = $"(select * from {model} where {filter})";
        return failingRowsSql.Replace($" from {model} ", $" from {rows} as {model} ", StringComparison.Ordinal)
            .Replace($" from {model} m ", $" from {rows} m ", StringComparison.Ordinal);
    }

    /// <summary>The rows of partitions from the session variable <c>rebuild_from</c> on.</summary>
    public static string RebuiltRowsFilter(string key) => key == ModelDefinition.PeriodKey
        ? "(period_type, period) in (select period_type, period from core_periods where period_end >= getvariable('rebuild_from'))"
        : $"{key} >= getvariable('rebuild_from')";

    private static bool UniqueIncludesPartition(string testName, string key)
    {
        var columns = testName["unique(".Length..^1].Split(", ");
        return key == ModelDefinition.PeriodKey ? columns.Contains("period_type") && columns.Contains("period") : columns.Contains(key);
    }

    private static DataTest Build(string model, string kind, YamlNode value)
    {
        switch (kind)
        {
            case "unique":
            {
                var cols = Columns(model, value);
                var list = string.Join(", ", cols);
                return new($"unique({list})", $"select {list}, count(*) as n from {model} group by all having count(*) > 1") { UniqueColumns = cols };
            }
            case "not_null":
            {
                var cols = Columns(model, value);
                return new($"not_null({string.Join(", ", cols)})",
                    $"select * from {model} where {string.Join(" or ", cols.Select(c => $"{c} is null"))}");
            }
            case "accepted_values":
            {
                var map = (YamlMappingNode)value;
                var column = Identifier(model, Scalar(map, "column"));
                var values = ((YamlSequenceNode)map.Children[new YamlScalarNode("values")]).Children
                    .Select(v => ((YamlScalarNode)v).Value!).ToArray();
                var placeholders = string.Join(", ", values.Select(_ => "?"));
                return new($"accepted_values({column})",
                    $"select {column}, count(*) as n from {model} where {column} is not null and cast({column} as varchar) not in ({placeholders}) group by all",
                    TestSeverity.Error, values);
            }
            case "relationships":
            {
                var map = (YamlMappingNode)value;
                var column = Identifier(model, Scalar(map, "column"));
                var to = Identifier(model, Scalar(map, "to"));
                var field = Identifier(model, Scalar(map, "field"));
                return new($"relationships({column} → {to}.{field})",
                    $"select m.{column}, count(*) as n from {model} m where m.{column} is not null and not exists (select 1 from {to} t where t.{field} = m.{column}) group by all");
            }
            case "expression" or "warn_expression":
            {
                var (name, sql) = NamedSql(model, value);
                return new($"expression({name})", $"select * from {model} where not ({sql})",
                    kind == "warn_expression" ? TestSeverity.Warn : TestSeverity.Error);
            }
            case "query" or "warn_query":
            {
                var (name, sql) = NamedSql(model, value);
                return new(name, sql, kind == "warn_query" ? TestSeverity.Warn : TestSeverity.Error);
            }
            default:
                throw new ModelDefinitionException(model, $"unknown data test '{kind}' (unique, not_null, accepted_values, relationships, expression, warn_expression, query, warn_query)");
        }
    }

    private static (string Name, string Sql) NamedSql(string model, YamlNode value) => value switch
    {
        YamlScalarNode s => (s.Value!, s.Value!),
        YamlMappingNode m => (Scalar(m, "name"), Scalar(m, "sql")),
        _ => throw new ModelDefinitionException(model, "an expression or query test is a string or {name, sql}"),
    };

    private static string[] Columns(string model, YamlNode value) => value switch
    {
        YamlScalarNode s => [Identifier(model, s.Value!)],
        YamlSequenceNode seq => seq.Children.Select(c => Identifier(model, ((YamlScalarNode)c).Value!)).ToArray(),
        _ => throw new ModelDefinitionException(model, "a unique or not_null test lists column names"),
    };

    private static string Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var n) ? ((YamlScalarNode)n).Value! : throw new KeyNotFoundException(key);

    private static string Identifier(string model, string text) =>
        ModelFileReader.IdentifierPattern().IsMatch(text) ? text
            : throw new ModelDefinitionException(model, $"'{text}' in a test is not a lowercase SQL identifier");
}
