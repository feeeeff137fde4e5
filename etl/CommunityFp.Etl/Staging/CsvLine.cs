using System.Text;

namespace CommunityFp.Etl.Staging;

/// <summary>Splits one RFC 4180 record's text into fields (the header, and the key of a record with the wrong field count; DuckDB reads the rows).</summary>
internal static class CsvLine
{
    public static List<string> Split(string record)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStart = true;
        for (var i = 0; i < record.Length; i++)
        {
            var ch = record[i];
            if (inQuotes)
            {
                if (ch != '"') { field.Append(ch); continue; }
                if (i + 1 < record.Length && record[i + 1] == '"') { field.Append('"'); i++; continue; }
                inQuotes = false;
                continue;
            }
            if (ch == ',') { fields.Add(field.ToString()); field.Clear(); fieldStart = true; continue; }
            if (ch == '"' && fieldStart) { inQuotes = true; fieldStart = false; continue; }
            fieldStart = false;
            field.Append(ch);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
