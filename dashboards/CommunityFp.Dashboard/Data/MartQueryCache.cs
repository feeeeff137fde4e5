using Microsoft.Extensions.Caching.Memory;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// Query results of the marts, kept until the warehouse next changes. The marts change only when this process loads,
/// builds or assesses (it owns the file, platform notes "one process only"), and every such commit writes the
/// database file or its write-ahead log: their size and modification time are the cache's generation. A page load
/// then costs a rendering, not a scan, however many people open it (issue #6: p95 under 150 ms with 20 clients).
/// A result computed while the generation changes is stored in the old generation and never served again.
/// </summary>
public sealed class MartQueryCache(string databasePath)
{
    /// <summary>At most this many cached rows in all (each entry's size is its row count); least used go first.</summary>
    public const long RowLimit = 2_000_000;

    private Generation _current = new(default, NewCache());

    public IReadOnlyList<T> GetOrLoad<T>(string key, Func<List<T>> load)
    {
        var generation = CurrentGeneration();
        if (generation.Cache.TryGetValue(key, out List<T>? rows) && rows is not null) return rows;
        rows = load();
        generation.Cache.Set(key, rows, new MemoryCacheEntryOptions { Size = Math.Max(1, rows.Count) });
        return rows;
    }

    private Generation CurrentGeneration()
    {
        var stamp = FileStamp.Of(databasePath);
        var current = Volatile.Read(ref _current);
        if (current.Stamp == stamp) return current;
        var next = new Generation(stamp, NewCache());
        var seen = Interlocked.CompareExchange(ref _current, next, current);
        // The old generation is left to the collector: a query still running may store into it (never read again).
        return ReferenceEquals(seen, current) ? next : seen;
    }

    private static MemoryCache NewCache() => new(new MemoryCacheOptions { SizeLimit = RowLimit });

    private sealed record Generation(FileStamp Stamp, MemoryCache Cache);

    private readonly record struct FileStamp(long Length, DateTime Written, long WalLength, DateTime WalWritten)
    {
        public static FileStamp Of(string path)
        {
            var file = new FileInfo(path);
            var wal = new FileInfo(path + ".wal");
            return new FileStamp(file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc : default,
                wal.Exists ? wal.Length : -1, wal.Exists ? wal.LastWriteTimeUtc : default);
        }
    }
}
