using System.Data;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace CommunityFp.Cli.Terminal;

/// <summary>
/// Writes a mart as RFC 4180 CSV (UTF-8 with BOM, so Excel shows the Chinese; invariant number formats) by reading
/// it row by row: the output path never enters SQL.
/// </summary>
public static class MartCsvWriter
{
    /// <summary>The marts <c>cfp export … --format csv</c> accepts, with the order that makes the file deterministic.</summary>
    public static IReadOnlyDictionary<string, string> Marts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["indicator_values"] = "indicator, org_code, period_type, period",
    };

    public static long Write(DuckDBConnection connection, string mart, string outFile)
    {
        using var command = connection.CreateCommand();
        // The mart name and its order come from the whitelist above, never from the user's text.
        command.CommandText = $"select * from {mart} order by {Marts[mart]}";
        using var reader = command.ExecuteReader();
        using var writer = new StreamWriter(outFile, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => Quote(reader.GetName(i)))));
        long rows = 0;
        while (reader.Read())
        {
            writer.WriteLine(string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => Quote(Format(reader, i)))));
            rows++;
        }
        return rows;
    }

    private static string Format(IDataRecord row, int i) => row.IsDBNull(i) ? "" : row.GetValue(i) switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable v => v.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
