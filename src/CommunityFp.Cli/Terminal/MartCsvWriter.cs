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
        ["assessment_runs"] = "created_seq",
        ["assessment_units"] = "run_id, unit_code",
        ["assessment_criteria"] = "run_id, unit_code, criterion_order",
        ["assessment_vetoes"] = "run_id, unit_code, rule_id, origin_unit_code",
        ["assessment_veto_evidence"] = "run_id, unit_code, rule_id, origin_unit_code, register, record_id",
        ["target_progress"] = "run_id, target_order",
    };

    /// <summary>The marts holding one row set per stored assessment run: exported for one run (the latest by default).</summary>
    public static IReadOnlySet<string> PerRun { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "assessment_units", "assessment_criteria", "assessment_vetoes", "assessment_veto_evidence", "target_progress",
    };

    public static long Write(DuckDBConnection connection, string mart, string outFile, string? runId = null)
    {
        using var command = connection.CreateCommand();
        // The mart name and its order come from the whitelist above, never from the user's text; the run id is a parameter.
        command.CommandText = runId is null
            ? $"select * from {mart} order by {Marts[mart]}"
            : $"select * from {mart} where run_id = ? order by {Marts[mart]}";
        if (runId is not null) command.Parameters.Add(new DuckDBParameter(runId));
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
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable v => v.ToString(null, CultureInfo.InvariantCulture),
        var v => v.ToString() ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
