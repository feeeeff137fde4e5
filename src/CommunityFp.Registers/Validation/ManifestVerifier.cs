using System.Security.Cryptography;
using System.Text.Json;

namespace CommunityFp.Registers.Validation;

/// <summary>Checks a batch folder against its manifest: format, dates, encoding, file list, counts, checksums.</summary>
public static class ManifestVerifier
{
    /// <summary>Reads the manifest and checks it against the folder; refusals are added to <paramref name="report"/>.</summary>
    public static BatchManifest? Verify(string batchFolder, BatchValidationReport report)
    {
        var manifest = ReadManifest(batchFolder, report);
        if (manifest is null) return null;
        CheckFields(manifest, report);
        if (report.IsRefused) return manifest;
        CheckFileList(batchFolder, manifest, report);
        if (report.IsRefused) return manifest;
        var encoding = BatchEncoding.Resolve(manifest.Encoding)!;
        foreach (var (name, entry) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            CheckFile(Path.Combine(batchFolder, name), name, entry, encoding, report);
        return manifest;
    }

    private static BatchManifest? ReadManifest(string batchFolder, BatchValidationReport report)
    {
        try { return BatchManifest.Read(Path.Combine(batchFolder, BatchManifest.FileName)); }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            report.Refusals.Add(new BatchRefusal(BatchManifest.FileName, $"malformed manifest: {FirstLine(e.Message)}"));
            return null;
        }
    }

    private static void CheckFields(BatchManifest m, BatchValidationReport report)
    {
        void Refuse(string reason) => report.Refusals.Add(new BatchRefusal(BatchManifest.FileName, reason));
        if (m.Format != RegisterCatalog.Format) Refuse($"format is \"{m.Format}\", expected \"{RegisterCatalog.Format}\"");
        if (BatchEncoding.Resolve(m.Encoding) is null) Refuse($"encoding \"{m.Encoding}\" is not utf-8 or gb18030 (gbk, gb2312)");
        if (OrgCode.Normalise(m.Scope) is null || OrgCode.LevelOfLength(m.Scope.Trim()) is null)
            Refuse($"scope \"{m.Scope}\" is not an org-unit code");
        DateOnly? asOf = null;
        try { asOf = m.AsOfDate(); } catch (FormatException) { Refuse($"as_of \"{m.AsOf}\" is not a date YYYY-MM-DD"); }
        try
        {
            if (asOf is { } a && m.ExportedLocalDate() < a)
                Refuse($"exported_at {m.ExportedAt} is before as_of {m.AsOf}");
        }
        catch (FormatException) { Refuse($"exported_at \"{m.ExportedAt}\" is not an ISO 8601 date-time"); }
    }

    private static void CheckFileList(string batchFolder, BatchManifest m, BatchValidationReport report)
    {
        foreach (var register in RegisterCatalog.RequiredRegisters)
            if (!m.Files.ContainsKey(register.FileName))
                report.Refusals.Add(new BatchRefusal(register.FileName, "required register is not listed in the manifest"));
        foreach (var name in m.Files.Keys.Order(StringComparer.Ordinal))
        {
            if (RegisterCatalog.ByFileName(name) is null)
                report.Refusals.Add(new BatchRefusal(name, "listed in the manifest but not a register of the contract"));
            else if (!File.Exists(Path.Combine(batchFolder, name)))
                report.Refusals.Add(new BatchRefusal(name, "listed in the manifest but missing from the batch folder"));
        }
        foreach (var path in Directory.EnumerateFiles(batchFolder, "*.csv").Order(StringComparer.Ordinal))
            if (!m.Files.ContainsKey(Path.GetFileName(path)))
                report.Refusals.Add(new BatchRefusal(Path.GetFileName(path), "CSV file in the batch folder is not listed in the manifest"));
    }

    private static void CheckFile(string path, string name, ManifestFile entry, System.Text.Encoding encoding,
        BatchValidationReport report)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        if (!string.Equals(sha, entry.Sha256.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            report.Refusals.Add(new BatchRefusal(name, $"SHA-256 is {sha}, the manifest says {entry.Sha256}"));
            return;
        }
        try
        {
            using var reader = OpenText(path, encoding);
            var rows = CsvRecordReader.CountRecords(reader);
            if (rows != entry.Rows)
                report.Refusals.Add(new BatchRefusal(name, $"has {rows} records, the manifest says {entry.Rows}"));
        }
        catch (System.Text.DecoderFallbackException)
        {
            report.Refusals.Add(new BatchRefusal(name, $"is not valid {encoding.WebName} text"));
        }
    }

    /// <summary>Opens a register file as text in the batch's encoding (a UTF-8 BOM is skipped).</summary>
    public static StreamReader OpenText(string path, System.Text.Encoding encoding) =>
        new(path, encoding, detectEncodingFromByteOrderMarks: encoding is System.Text.UTF8Encoding, bufferSize: 1 << 16);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
