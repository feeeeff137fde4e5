using System.Text;
using Apache.Arrow;

namespace CommunityFp.Exports.Arrow;

/// <summary>
/// The fixed dictionary of one code column, found before the first batch is written: the Arrow file format allows one
/// dictionary per column for the whole file, and Apache.Arrow writes only the first batch's dictionary.
/// Looks values up by their UTF-8 bytes so encoding a batch allocates no strings.
/// </summary>
internal sealed class CodeDictionary
{
    private readonly Dictionary<byte[], int> _indexOf;
    private readonly Dictionary<byte[], int>.AlternateLookup<ReadOnlySpan<byte>> _lookup;

    public CodeDictionary(string column, IReadOnlyList<string> values)
    {
        Column = column;
        _indexOf = new Dictionary<byte[], int>(values.Count, ByteKeyComparer.Instance);
        var builder = new StringArray.Builder();
        foreach (var value in values)
        {
            if (_indexOf.TryAdd(Encoding.UTF8.GetBytes(value), _indexOf.Count))
                builder.Append(value);
        }
        _lookup = _indexOf.GetAlternateLookup<ReadOnlySpan<byte>>();
        Values = builder.Build();
    }

    public string Column { get; }

    /// <summary>The dictionary array every batch of the export shares.</summary>
    public StringArray Values { get; }

    public DictionaryArray Encode(StringArray strings)
    {
        var indices = new Int32Array.Builder().Reserve(strings.Length);
        for (var i = 0; i < strings.Length; i++)
        {
            if (strings.IsNull(i))
            {
                indices.AppendNull();
                continue;
            }
            if (!_lookup.TryGetValue(strings.GetBytes(i), out var index))
                throw new InvalidOperationException(
                    $"column {Column}: value '{strings.GetString(i)}' is not in the dictionary read before the export (the query is not deterministic?)");
            indices.Append(index);
        }
        return new DictionaryArray(DictionaryType, indices.Build(), Values);
    }

    public static Apache.Arrow.Types.DictionaryType DictionaryType { get; } =
        new(Apache.Arrow.Types.Int32Type.Default, Apache.Arrow.Types.StringType.Default, ordered: false);

    private sealed class ByteKeyComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteKeyComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode((ReadOnlySpan<byte>)obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
