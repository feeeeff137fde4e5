using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityFp.Registers;

namespace CommunityFp.Etl.Verification;

/// <summary>A manifest whose fields and file list passed verification (registers.md, "A batch").</summary>
internal sealed record VerifiedManifest(
    BatchManifest Manifest,
    string Scope,
    DateOnly AsOf,
    DateTimeOffset ExportedAt,
    DateOnly ExportedLocalDate,
    long VersionOrd,
    string ContentHash,
    bool Gb18030,
    IReadOnlyList<RegisterDefinition> Registers)
{
    /// <summary>Reads and checks the manifest and the folder's file list; throws <see cref="BatchRefusedException"/>.</summary>
    public static VerifiedManifest Verify(string folder)
    {
        var m = Read(folder);
        void Refuse(string why) => throw new BatchRefusedException(BatchManifest.FileName, why);
        if (m.Format != RegisterCatalog.Format) Refuse($"format is \"{m.Format}\", expected \"{RegisterCatalog.Format}\"");
        if (BatchEncoding.Resolve(m.Encoding) is null) Refuse($"encoding \"{m.Encoding}\" is not utf-8 or gb18030 (gbk, gb2312)");
        var scope = OrgCode.Normalise(m.Scope ?? "");
        if (scope is null || OrgCode.LevelOfLength(m.Scope!.Trim()) is null) Refuse($"scope \"{m.Scope}\" is not an org-unit code");
        if (!DateOnly.TryParseExact(m.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
            Refuse($"as_of \"{m.AsOf}\" is not a date YYYY-MM-DD");
        DateTimeOffset exported = default;
        try { exported = m.ExportedAtInstant(); }
        catch (FormatException) { Refuse($"exported_at \"{m.ExportedAt}\" is not an ISO 8601 date-time"); }
        var local = m.ExportedLocalDate();
        if (local < asOf) Refuse($"exported_at {m.ExportedAt} is before as_of {m.AsOf}");
        if (m.Files is null) Refuse("the files object is missing");

        var registers = CheckFileList(folder, m);
        var ord = (long)asOf.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
        var versionOrd = checked(ord * 10_000_000_000_000L + exported.ToUnixTimeMilliseconds());
        return new VerifiedManifest(m, scope!, asOf, exported, local, versionOrd, HashOfFiles(m),
            BatchEncoding.IsGb18030(m.Encoding), registers);
    }

    private static BatchManifest Read(string folder)
    {
        try { return BatchManifest.Read(Path.Combine(folder, BatchManifest.FileName)); }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException or InvalidOperationException)
        {
            throw new BatchRefusedException(BatchManifest.FileName, $"malformed manifest: {e.Message.Split('\n')[0].Trim()}");
        }
    }

    private static IReadOnlyList<RegisterDefinition> CheckFileList(string folder, BatchManifest m)
    {
        foreach (var register in RegisterCatalog.RequiredRegisters)
            if (!m.Files.ContainsKey(register.FileName))
                throw new BatchRefusedException(register.FileName, "required register is not listed in the manifest");
        var registers = new List<RegisterDefinition>();
        foreach (var name in m.Files.Keys.Order(StringComparer.Ordinal))
        {
            var register = RegisterCatalog.ByFileName(name)
                ?? throw new BatchRefusedException(name, "listed in the manifest but not a register of the contract");
            if (!File.Exists(Path.Combine(folder, name)))
                throw new BatchRefusedException(name, "listed in the manifest but missing from the batch folder");
            if (m.Files[name] is null || m.Files[name].Rows < 0 || string.IsNullOrWhiteSpace(m.Files[name].Sha256))
                throw new BatchRefusedException(name, "manifest entry lacks rows or sha256");
            registers.Add(register);
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
            if (!m.Files.ContainsKey(Path.GetFileName(path)))
                throw new BatchRefusedException(Path.GetFileName(path), "CSV file in the batch folder is not listed in the manifest");
        // org_units first: every other register's org references are checked against it.
        return registers.OrderBy(r => RegisterCatalogIndex(r)).ToArray();
    }

    private static int RegisterCatalogIndex(RegisterDefinition r)
    {
        for (var i = 0; i < RegisterCatalog.All.Count; i++) if (RegisterCatalog.All[i] == r) return i;
        return int.MaxValue;
    }

    // The version's identity: its files and checksums (a re-send with the same ones is unchanged).
    private static string HashOfFiles(BatchManifest m)
    {
        var sb = new StringBuilder();
        foreach (var (name, f) in m.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            sb.Append(name).Append(':').Append(f.Sha256.Trim().ToLowerInvariant()).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
