using System.IO.Compression;
using CommunityFp.Registers;

namespace CommunityFp.Dashboard.Uploads;

/// <summary>
/// Unpacks an uploaded batch (the batch folder as a .zip) safely: every entry must land inside the target folder
/// (no absolute paths, no "..", no links), the archive may hold at most <see cref="UploadLimits.MaxEntries"/> entries
/// and <see cref="UploadLimits.MaxUnpackedBytes"/> bytes once unpacked (counted while writing, not trusted from the
/// headers), and exactly one manifest.json (one batch per upload). Refusals name the file and the reason.
/// </summary>
public static class BatchArchive
{
    /// <summary>Unpacks <paramref name="zip"/> into <paramref name="target"/> and returns the batch folder (the one holding manifest.json).</summary>
    public static string Extract(Stream zip, string fileName, string target, UploadLimits limits)
    {
        var root = Path.GetFullPath(target);
        Directory.CreateDirectory(root);
        ZipArchive archive;
        try { archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true); }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
            throw new UploadRefusedException(fileName, "not a readable zip archive");
        }
        using (archive)
        {
            if (archive.Entries.Count > limits.MaxEntries)
                throw new UploadRefusedException(fileName, $"the archive holds {archive.Entries.Count} entries; at most {limits.MaxEntries} are accepted");
            long written = 0;
            var manifests = new List<string>();
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.EndsWith('/')) continue; // a folder entry
                var path = SafePath(root, name, fileName);
                if (IsLink(entry)) throw new UploadRefusedException(fileName, $"{name}: links are not accepted in a batch archive");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                try
                {
                    using var input = entry.Open();
                    using var output = File.Create(path);
                    written += CopyWithin(input, output, limits.MaxUnpackedBytes - written, fileName);
                }
                catch (Exception e) when (e is InvalidDataException or ArgumentException or (IOException and not FileNotFoundException))
                {
                    throw new UploadRefusedException(fileName, $"{name}: the archive is corrupted (it cannot be unpacked)");
                }
                if (Path.GetFileName(path) == BatchManifest.FileName) manifests.Add(Path.GetDirectoryName(path)!);
            }
            return manifests.Count switch
            {
                0 => throw new UploadRefusedException(fileName, "the archive holds no manifest.json: upload the batch folder"),
                1 => manifests[0],
                _ => throw new UploadRefusedException(fileName, $"the archive holds {manifests.Count} batches (manifest.json files); upload one batch at a time"),
            };
        }
    }

    /// <summary>The entry's path under <paramref name="root"/>; a refusal if it would land anywhere else.</summary>
    private static string SafePath(string root, string name, string fileName)
    {
        if (name.Length == 0 || name.StartsWith('/') || name.Contains(':') || name.Split('/').Any(part => part is ".." or "."))
            throw new UploadRefusedException(fileName, $"{name}: an entry's path must stay inside the batch folder");
        var path = Path.GetFullPath(Path.Combine(root, name));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new UploadRefusedException(fileName, $"{name}: an entry's path must stay inside the batch folder");
        return path;
    }

    // Unix mode bits in the high word of the external attributes: S_IFLNK = 0xA000.
    private static bool IsLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;

    private static long CopyWithin(Stream input, Stream output, long budget, string fileName)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            total += read;
            if (total > budget) throw new UploadRefusedException(fileName, "the archive unpacks to more than the accepted size");
            output.Write(buffer, 0, read);
        }
        return total;
    }
}

/// <summary>Size limits of an upload (configurable: Dashboard:Upload:MaxBytes, MaxUnpackedBytes, MaxEntries).</summary>
public sealed record UploadLimits(long MaxBytes = 512L << 20, long MaxUnpackedBytes = 4L << 30, int MaxEntries = 100);

/// <summary>An upload refused before it reached the ETL: the file and why (never a value from the data).</summary>
public sealed class UploadRefusedException(string file, string reason) : Exception($"{file}: {reason}")
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
