using System.Reflection;
using CommunityFp.Exports.Catalog;
using CommunityFp.Exports.Suppression;
using DuckDB.NET.Data;

namespace CommunityFp.Exports;

/// <summary>Puts together what a file says about itself: nullability, code columns, column docs and provenance.</summary>
internal static class ExportShapeBuilder
{
    public static string SoftwareVersion { get; } =
        typeof(ExportShapeBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ExportShapeBuilder).Assembly.GetName().Version?.ToString() ?? "unknown";

    public static ExportShape Build(DuckDBConnection connection, ExportDefinition definition, ExportProvenance provenance,
        IReadOnlyList<string> columns, SuppressionSpec? spec, SuppressionSummary? summary)
    {
        var notNull = definition.Columns.Where(c => c.NotNull).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (definition.SourceTable is { } table) notNull.UnionWith(TableNotNullColumns(connection, table));
        notNull.IntersectWith(columns);
        var codes = definition.CodeColumns.Where(columns.Contains).ToList();

        var fields = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var doc in definition.Columns.Where(c => columns.Contains(c.Name)))
        {
            var docs = new Dictionary<string, string> { ["meaning"] = doc.Meaning };
            if (doc.Unit is { } unit) docs["unit"] = unit;
            fields[doc.Name] = docs;
        }

        if (spec is not null)
        {
            // a withheld cell is written as null, whatever the source declared
            notNull.ExceptWith(spec.CountColumns);
            notNull.ExceptWith(spec.Derived.Select(d => d.Column));
            notNull.Add(spec.StatusColumn);
            codes.Add(spec.StatusColumn);
            fields[spec.StatusColumn] = new Dictionary<string, string>
            {
                ["meaning"] = "suppression status of the row: none; primary (a count of the row is below k); secondary " +
                              "(withheld so that no withheld count can be solved from the others). Withheld cells are null.",
            };
        }

        var metadata = new Dictionary<string, string>
        {
            ["model"] = definition.Name,
            ["description"] = definition.Description,
            ["kind"] = definition.Kind == ExportKind.Microdata ? "microdata" : "aggregate",
            ["knowledge_date"] = provenance.KnowledgeDate?.ToString("yyyy-MM-dd") ?? "all loaded batches",
            ["batch_ids"] = Json.Serialize(provenance.BatchIds),
            ["indicator_definitions"] = Json.Serialize(provenance.IndicatorDefinitions),
            ["parameters"] = Json.Serialize(provenance.Parameters),
            ["software_version"] = SoftwareVersion,
            ["suppression"] = summary?.ToJson() ?? "none",
        };
        return new ExportShape { NotNullColumns = notNull, CodeColumns = codes, FieldMetadata = fields, Metadata = metadata };
    }

    private static IEnumerable<string> TableNotNullColumns(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select column_name from duckdb_columns() where table_name = $table and not is_nullable";
        command.Parameters.Add(new DuckDBParameter("table", table));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }
}
