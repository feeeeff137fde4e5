using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace CommunityFp.Exports.Text;

/// <summary>
/// Writes a query as CSV: UTF-8 (without a byte order mark unless asked: the CLI's files carry one for Excel), a header, comma-separated, RFC 4180 quoting, invariant formatting
/// (dates <c>yyyy-MM-dd</c>, decimals with their scale, doubles round-trip). A null is an empty field; an empty
/// string is <c>""</c>. Rows are read and written one at a time.
/// </summary>
public static class CsvExportWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static long Write(DuckDBConnection connection, ExportQuery query, Stream output, bool byteOrderMark = false)
    {
        using var writer = new StreamWriter(output, byteOrderMark ? Utf8WithBom : Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using var command = query.CreateCommand(connection);
        using var reader = command.ExecuteReader();
        var n = reader.FieldCount;
        var isDate = new bool[n];
        for (var i = 0; i < n; i++)
        {
            isDate[i] = reader.GetFieldType(i) == typeof(DateOnly) || reader.GetDataTypeName(i).Equals("Date", StringComparison.OrdinalIgnoreCase);
            if (i > 0) writer.Write(',');
            writer.Write(Quote(reader.GetName(i)));
        }
        writer.Write('\n');
        long rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < n; i++)
            {
                if (i > 0) writer.Write(',');
                if (reader.IsDBNull(i)) continue;
                writer.Write(isDate[i] ? reader.GetFieldValue<DateOnly>(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Format(reader.GetValue(i)));
            }
            writer.Write('\n');
            rows++;
        }
        return rows;
    }

    public static long WriteFile(DuckDBConnection connection, ExportQuery query, string path, bool byteOrderMark = false)
    {
        using var file = File.Create(path);
        return Write(connection, query, file, byteOrderMark);
    }

    internal static string Format(object value) => value switch
    {
        string s => Quote(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Quote(string s) =>
        s.Length == 0 || s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
