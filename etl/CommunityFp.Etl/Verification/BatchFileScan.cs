using CommunityFp.Etl.Staging;
using CommunityFp.Registers;

namespace CommunityFp.Etl.Verification;

/// <summary>Scans every file of a batch against its manifest entry (checksum, record count, header) before any load.</summary>
internal sealed class BatchFileScan(string folder, VerifiedManifest manifest, string tempDir)
{
    public IReadOnlyList<(RegisterDefinition Register, CsvScan Scan)> Run()
    {
        var result = new List<(RegisterDefinition, CsvScan)>();
        foreach (var register in manifest.Registers)
        {
            var entry = manifest.Manifest.Files[register.FileName];
            var scan = CsvScan.Run(Path.Combine(folder, register.FileName), manifest.Gb18030, tempDir);
            if (!string.Equals(scan.Sha256, entry.Sha256.Trim(), StringComparison.OrdinalIgnoreCase))
                throw new BatchRefusedException(register.FileName, $"SHA-256 is {scan.Sha256}, the manifest says {entry.Sha256}");
            if (scan.DataRecords != entry.Rows)
                throw new BatchRefusedException(register.FileName, $"has {scan.DataRecords} records, the manifest says {entry.Rows}");
            CheckHeader(register, scan.Header());
            result.Add((register, scan));
        }
        return result;
    }

    private static void CheckHeader(RegisterDefinition register, string[] header)
    {
        if (header.Length == 0 || header.All(h => h.Length == 0))
            throw new BatchRefusedException(register.FileName, "the file is empty: it has no header row");
        var missing = register.Columns.Where(c => c.Required && !header.Contains(c.Name)).Select(c => c.Name).ToArray();
        if (missing.Length > 0)
            throw new BatchRefusedException(register.FileName, $"header lacks required column(s) {string.Join(", ", missing)}");
        if (header.Distinct(StringComparer.Ordinal).Count() != header.Length)
            throw new BatchRefusedException(register.FileName, "header names a column twice");
    }
}
