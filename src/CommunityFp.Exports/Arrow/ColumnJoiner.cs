using Apache.Arrow;
using Apache.Arrow.Types;

namespace CommunityFp.Exports.Arrow;

/// <summary>
/// Joins one column of several DuckDB chunks into one array of an output batch, in a single copy: fixed-width values
/// with the bytes under nulls zeroed (see <see cref="NullSlots"/>), code columns straight to dictionary indices
/// (the strings are never joined). Other types (free text, booleans) go through Apache.Arrow's concatenator.
/// </summary>
internal static class ColumnJoiner
{
    public static IArrowArray FixedWidth(IReadOnlyList<IArrowArray> parts, int rows, FixedWidthType type)
    {
        var width = type.BitWidth / 8;
        var values = new byte[rows * width];
        var validity = new byte[(rows + 7) / 8];
        var nulls = 0;
        var at = 0;
        foreach (var part in parts)
        {
            var data = part.Data;
            data.Buffers[1].Span.Slice(data.Offset * width, data.Length * width).CopyTo(values.AsSpan(at * width));
            nulls += CopyValidity(part, validity, at, values, width);
            at += data.Length;
        }
        var buffers = new[] { nulls == 0 ? ArrowBuffer.Empty : new ArrowBuffer(validity), new ArrowBuffer(values) };
        return ArrowArrayFactory.BuildArray(new ArrayData(type, rows, nulls, 0, buffers));
    }

    public static DictionaryArray Codes(IReadOnlyList<IArrowArray> parts, int rows, CodeDictionary dictionary)
    {
        var indices = new byte[rows * sizeof(int)];
        var validity = new byte[(rows + 7) / 8];
        var nulls = 0;
        var at = 0;
        foreach (var part in parts)
        {
            var strings = (StringArray)part;
            dictionary.EncodeInto(strings, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(indices.AsSpan(at * sizeof(int), strings.Length * sizeof(int))));
            nulls += CopyValidity(strings, validity, at, indices, sizeof(int));
            at += strings.Length;
        }
        var buffers = new[] { nulls == 0 ? ArrowBuffer.Empty : new ArrowBuffer(validity), new ArrowBuffer(indices) };
        var data = new ArrayData(Int32Type.Default, rows, nulls, 0, buffers);
        return new DictionaryArray(CodeDictionary.DictionaryType, new Int32Array(data), dictionary.Values);
    }

    /// <summary>Sets the validity bits of <paramref name="part"/> at row <paramref name="at"/>, zeroes the value bytes
    /// of its nulls, and returns how many nulls it has.</summary>
    private static int CopyValidity(IArrowArray part, byte[] validity, int at, byte[] values, int width)
    {
        var length = part.Length;
        if (part.NullCount == 0)
        {
            SetRange(validity, at, length);
            return 0;
        }
        for (var i = 0; i < length; i++)
        {
            if (part.IsValid(i)) validity[(at + i) >> 3] |= (byte)(1 << ((at + i) & 7));
            else values.AsSpan((at + i) * width, width).Clear();
        }
        return part.NullCount;
    }

    private static void SetRange(byte[] bits, int from, int count)
    {
        var i = from;
        var end = from + count;
        for (; i < end && (i & 7) != 0; i++) bits[i >> 3] |= (byte)(1 << (i & 7));
        var fullBytes = (end - i) >> 3;
        bits.AsSpan(i >> 3, fullBytes).Fill(0xFF);
        for (i += fullBytes << 3; i < end; i++) bits[i >> 3] |= (byte)(1 << (i & 7));
    }
}
