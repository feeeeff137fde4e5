using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace CommunityFp.Generator.Writing;

/// <summary>
/// Writes one register file straight to disk (RFC 4180, buffered) while counting records and physical lines and
/// hashing the bytes, so the manifest entry is known the moment the file is closed.
/// </summary>
internal sealed class CsvFileWriter : IDisposable
{
    private static readonly SearchValues<byte> NeedsQuoting = SearchValues.Create(","u8.ToArray().Concat("\"\r\n"u8.ToArray()).ToArray());
    private readonly FileStream _file;
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly byte[] _newline;
    private readonly Encoding _encoding;
    private int _pos;

    public CsvFileWriter(string path, Encoding encoding, bool bom, bool crlf)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _encoding = encoding;
        _newline = crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        if (bom) Append([0xEF, 0xBB, 0xBF]);
    }

    /// <summary>Records written (header excluded).</summary>
    public long Records { get; private set; }

    /// <summary>Physical lines completed so far (the header is line 1): the next record starts on <c>Lines + 1</c>.</summary>
    public long Lines { get; private set; }

    public void WriteHeader(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) Append(","u8);
            Append(_encoding.GetBytes(names[i]));
        }
        Append(_newline);
        Lines++;
    }

    /// <summary>Writes the row's fields in <paramref name="order"/> (canonical indices), then any fields past the canonical ones.</summary>
    public void WriteRow(RowBuilder row, ReadOnlySpan<int> order, int canonicalCount)
    {
        var first = true;
        foreach (var i in order)
        {
            if (i >= row.Count) continue; // a dropped field (row with fewer fields than the header)
            if (!first) Append(","u8);
            first = false;
            WriteField(row.Field(i));
        }
        for (var i = canonicalCount; i < row.Count; i++)
        {
            if (!first) Append(","u8);
            first = false;
            WriteField(row.Field(i));
        }
        Append(_newline);
        Records++;
        Lines++;
    }

    private void WriteField(ReadOnlySpan<byte> field)
    {
        if (field.IndexOfAny(NeedsQuoting) < 0) { Append(field); return; }
        Append("\""u8);
        foreach (var b in field)
        {
            if (b == (byte)'"') Append("\"\""u8);
            else
            {
                if (b == (byte)'\n') Lines++;
                Append([b]);
            }
        }
        Append("\""u8);
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_pos + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length) { Emit(bytes); return; }
        }
        bytes.CopyTo(_buffer.AsSpan(_pos));
        _pos += bytes.Length;
    }

    private void Flush()
    {
        Emit(_buffer.AsSpan(0, _pos));
        _pos = 0;
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        _sha.AppendData(bytes);
        _file.Write(bytes);
    }

    /// <summary>Flushes and closes the file; returns its lowercase hex SHA-256.</summary>
    public string Finish()
    {
        Flush();
        _file.Flush();
        _file.Dispose();
        return Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public void Dispose()
    {
        _file.Dispose();
        _sha.Dispose();
    }
}
