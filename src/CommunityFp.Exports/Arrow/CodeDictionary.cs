using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Apache.Arrow;

namespace CommunityFp.Exports.Arrow;

/// <summary>
/// The fixed dictionary of one code column, found before the first batch is written: the Arrow file format allows one
/// dictionary per column for the whole file, and Apache.Arrow writes only the first batch's dictionary.
/// Encoding looks values up by their UTF-8 bytes in an open-addressing table (no strings made), and a value equal
/// to the previous row's (sorted marts: long runs) costs one comparison.
/// </summary>
internal sealed class CodeDictionary
{
    private readonly byte[][] _keys;
    private readonly int[] _slots; // index + 1 into _keys; 0 = empty
    private readonly int _mask;

    public CodeDictionary(string column, IReadOnlyList<string> values)
    {
        Column = column;
        _keys = values.Distinct(StringComparer.Ordinal).Select(Encoding.UTF8.GetBytes).ToArray();
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _keys.Length * 4));
        _slots = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < _keys.Length; i++)
        {
            var slot = Hash(_keys[i]) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = i + 1;
        }
        var builder = new StringArray.Builder();
        foreach (var key in _keys) builder.Append(Encoding.UTF8.GetString(key));
        Values = builder.Build();
    }

    public string Column { get; }

    /// <summary>The dictionary array every batch of the export shares.</summary>
    public StringArray Values { get; }

    /// <summary>Writes the index of every value of <paramref name="strings"/> (0 under a null).</summary>
    public void EncodeInto(StringArray strings, Span<int> indices)
    {
        var offsets = strings.ValueOffsets;
        var bytes = strings.ValueBuffer.Span;
        var hasNulls = strings.NullCount > 0;
        var previous = ReadOnlySpan<byte>.Empty;
        var previousIndex = -1;
        for (var i = 0; i < indices.Length; i++)
        {
            if (hasNulls && strings.IsNull(i)) { indices[i] = 0; continue; }
            var value = bytes[offsets[i]..offsets[i + 1]];
            if (previousIndex < 0 || !value.SequenceEqual(previous))
            {
                previousIndex = IndexOf(value);
                previous = value;
            }
            indices[i] = previousIndex;
        }
    }

    private int IndexOf(ReadOnlySpan<byte> value)
    {
        var slot = Hash(value) & _mask;
        while (_slots[slot] is var entry && entry != 0)
        {
            if (value.SequenceEqual(_keys[entry - 1])) return entry - 1;
            slot = (slot + 1) & _mask;
        }
        throw new InvalidOperationException(
            $"column {Column}: value '{Encoding.UTF8.GetString(value)}' is not in the dictionary read before the export (the query is not deterministic?)");
    }

    /// <summary>A fast hash of short codes: length, first and last 8 bytes, mixed (the table compares bytes anyway).</summary>
    private static int Hash(ReadOnlySpan<byte> value)
    {
        ulong head = 0, tail = 0;
        if (value.Length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(value);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(value[^8..]);
        }
        else
        {
            foreach (var b in value) head = (head << 8) | b;
        }
        var h = (head * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(tail * 0xC2B2AE3D27D4EB4FUL, 31) ^ (ulong)value.Length;
        h ^= h >> 29;
        return (int)(h * 0xBF58476D1CE4E5B9UL >> 33);
    }

    public static Apache.Arrow.Types.DictionaryType DictionaryType { get; } =
        new(Apache.Arrow.Types.Int32Type.Default, Apache.Arrow.Types.StringType.Default, ordered: false);
}
