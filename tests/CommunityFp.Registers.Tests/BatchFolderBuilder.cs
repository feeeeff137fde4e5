using System.Security.Cryptography;
using System.Text;

namespace CommunityFp.Registers.Tests;

/// <summary>
/// Writes a small, hand-written batch folder with a correct manifest: a valid one-community district by default,
/// so that each test changes just the rows or the manifest field it is about.
/// </summary>
internal sealed class BatchFolderBuilder
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public BatchFolderBuilder()
    {
        foreach (var register in RegisterCatalog.RequiredRegisters)
            _files[register.FileName] = string.Join(",", register.Columns.Select(c => c.Name)) + "\n";
        _files["org_units.csv"] = """
            code,name,level,parent_code,valid_from,valid_to
            2202,吉林市,1,,2000-01-01,
            220202,昌邑区,2,2202,2000-01-01,
            220202001,延安街道,3,220202,2000-01-01,
            220202001001,延安社区,4,220202001,2000-01-01,
            220202001001001,第一居民小组,5,220202001001,2000-01-01,

            """.Replace("\r", "");
    }

    public string Scope { get; set; } = "220202";
    public string AsOf { get; set; } = "2007-03-31";
    public string ExportedAt { get; set; } = "2007-04-03T09:30:00+08:00";
    public string Encoding { get; set; } = "utf-8";

    /// <summary>Appends rows (no header) to a register file.</summary>
    public BatchFolderBuilder Rows(string fileName, string rows)
    {
        _files[fileName] += rows.Replace("\r", "").TrimEnd('\n') + "\n";
        return this;
    }

    /// <summary>Replaces a file's whole text (header included).</summary>
    public BatchFolderBuilder File(string fileName, string text)
    {
        _files[fileName] = text;
        return this;
    }

    public BatchFolderBuilder Without(string fileName)
    {
        _files.Remove(fileName);
        return this;
    }

    /// <summary>Writes the folder; <paramref name="tamper"/> may change files after the manifest is computed.</summary>
    public string WriteTo(string folder, Action<string>? tamper = null)
    {
        Directory.CreateDirectory(folder);
        var encoding = Encoding == "utf-8" ? new UTF8Encoding(false) : BatchEncoding.Resolve(Encoding)!;
        var entries = new SortedDictionary<string, ManifestFile>(StringComparer.Ordinal);
        foreach (var (name, text) in _files)
        {
            var bytes = encoding.GetBytes(text);
            System.IO.File.WriteAllBytes(Path.Combine(folder, name), bytes);
            entries[name] = new ManifestFile(CsvRecordReader.CountRecords(new StringReader(text)),
                Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        var manifest = new BatchManifest
        {
            Format = RegisterCatalog.Format, AsOf = AsOf, ExportedAt = ExportedAt, Scope = Scope,
            Source = "test fixture", Encoding = Encoding, Files = entries,
        };
        System.IO.File.WriteAllText(Path.Combine(folder, BatchManifest.FileName), manifest.ToJson());
        tamper?.Invoke(folder);
        return folder;
    }
}
