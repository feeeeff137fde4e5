using System.Security.Cryptography;
using System.Text;
using CommunityFp.Etl.Verification;
using CommunityFp.Registers;

namespace CommunityFp.Etl.Staging;

/// <summary>GB18030 (GBK, GB2312) → UTF-8: DuckDB has no encodings extension here, so C# transcodes first.</summary>
internal static class Transcoder
{
    /// <summary>Writes a UTF-8 copy of <paramref name="path"/> into <paramref name="tempDir"/>; returns it and the SHA-256 of the original bytes.</summary>
    public static (string TempPath, string Sha256) Gb18030ToUtf8(string path, string tempDir)
    {
        var temp = Path.Combine(tempDir, Path.GetFileNameWithoutExtension(path) + ".utf8.csv");
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = BatchEncoding.Gb18030.GetDecoder();
        var encoder = new UTF8Encoding(false).GetEncoder();
        var buffer = new byte[1 << 20];
        var chars = new char[(1 << 20) + 8];
        var outBytes = new byte[4 * chars.Length];
        int n;
        try
        {
            while (true)
            {
                n = input.Read(buffer, 0, buffer.Length);
                var flush = n == 0;
                if (n > 0) sha.AppendData(buffer, 0, n);
                var c = decoder.GetChars(buffer, 0, n, chars, 0, flush);
                var b = encoder.GetBytes(chars, 0, c, outBytes, 0, flush);
                output.Write(outBytes, 0, b);
                if (flush) break;
            }
        }
        catch (DecoderFallbackException)
        {
            throw new BatchRefusedException(Path.GetFileName(path), "is not valid gb18030 text");
        }
        return (temp, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
