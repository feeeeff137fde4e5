namespace CommunityFp.Etl.Verification;

/// <summary>A batch cannot be loaded: the message names the file and the mismatch (never data values).</summary>
internal sealed class BatchRefusedException(string file, string mismatch) : Exception($"{file}: {mismatch}")
{
    public string File { get; } = file;
}
