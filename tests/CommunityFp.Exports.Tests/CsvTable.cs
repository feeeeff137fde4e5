using System.Text;

namespace CommunityFp.Exports.Tests;

/// <summary>The CSV export read back by a small RFC 4180 parser of the tests' own: an empty field is null, <c>""</c>
/// is an empty string.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<string?[]> Rows)
{
    public static CsvTable Read(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') { quoted = true; wasQuoted = true; }
            else if (c == ',' || c == '\n')
            {
                fields.Add(field.Length == 0 && !wasQuoted ? null : field.ToString());
                field.Clear();
                wasQuoted = false;
                if (c == '\n') { records.Add(fields.ToArray()); fields.Clear(); }
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) throw new FormatException("the CSV does not end with a newline");
        return new CsvTable(records[0].Select(h => h!).ToArray(), records.Skip(1).ToArray());
    }

    public int Column(string name) => Header.ToList().IndexOf(name) is var i and >= 0 ? i : throw new KeyNotFoundException(name);
}
