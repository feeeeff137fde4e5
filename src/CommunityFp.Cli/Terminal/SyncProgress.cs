namespace CommunityFp.Cli.Terminal;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the calling thread, in order (the BCL's <c>Progress&lt;T&gt;</c>
/// posts to the thread pool, which reorders and outlives the work).
/// </summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
