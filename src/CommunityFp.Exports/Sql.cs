namespace CommunityFp.Exports;

/// <summary>Quoting for the few names and literals the exporter must place in SQL text (column names from export
/// definitions, file paths, metadata for COPY options, which take no parameters). Never for values a user typed.</summary>
internal static class Sql
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
