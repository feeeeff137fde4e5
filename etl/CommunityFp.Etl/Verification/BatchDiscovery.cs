using CommunityFp.Registers;

namespace CommunityFp.Etl.Verification;

/// <summary>Finds batch folders (folders holding manifest.json) under the given paths, in a deterministic order.</summary>
internal static class BatchDiscovery
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            var full = Path.GetFullPath(p);
            if (File.Exists(full) && Path.GetFileName(full) == BatchManifest.FileName)
                folders.Add(Path.GetDirectoryName(full)!);
            else if (Directory.Exists(full))
                foreach (var m in Directory.EnumerateFiles(full, BatchManifest.FileName, SearchOption.AllDirectories))
                    folders.Add(Path.GetDirectoryName(m)!);
            else
                throw new DirectoryNotFoundException($"no batch folder at {full}");
        }
        return folders.ToArray();
    }
}
