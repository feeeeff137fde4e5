namespace CommunityFp.Generator.Tests;

/// <summary>
/// An independent RFC 4180 reader for the tests (not the contract validator's): records with their fields and
/// the physical line each starts on; quoted fields may hold commas, quotes and line breaks.
/// </summary>
internal static class Rfc4180
{
    public static List<(long Line, List<string> Fields)> Parse(string text)
    {
        var records = new List<(long, List<string>)>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        long line = 1, start = 1;
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n':
                    fields.Add(field.ToString());
                    records.Add((start, fields));
                    fields = [];
                    field.Clear();
                    any = false;
                    start = ++line;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add((start, fields)); }
        return records;
    }
}
