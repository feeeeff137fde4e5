using Apache.Arrow;
using Apache.Arrow.Types;

namespace CommunityFp.Exports.Arrow;

/// <summary>
/// Zeroes the value bytes under nulls. DuckDB leaves undefined bytes there (seen: different bytes from run to run
/// under the nulls of a suppressed column); Arrow readers ignore them, but they make two exports of the same data
/// differ byte for byte, and nothing guarantees they never hold the withheld value.
/// </summary>
internal static class NullSlots
{
    /// <summary>The array itself when it has no nulls or no fixed-width values; otherwise a copy with zeroed slots.</summary>
    public static IArrowArray Zeroed(IArrowArray array)
    {
        var data = array.Data;
        if (array.NullCount == 0 || data.DataType is not FixedWidthType fixedWidth || data.Buffers.Length < 2)
            return array;
        if (data.Offset != 0)
            throw new InvalidOperationException("an array with an offset cannot be zeroed in place");

        var bitWidth = fixedWidth.BitWidth;
        byte[] values;
        if (bitWidth == 1)
        {
            values = data.Buffers[1].Span[..((data.Length + 7) / 8)].ToArray();
            for (var i = 0; i < data.Length; i++)
                if (array.IsNull(i)) values[i / 8] &= (byte)~(1 << (i % 8));
        }
        else
        {
            var width = bitWidth / 8;
            values = data.Buffers[1].Span[..(data.Length * width)].ToArray();
            for (var i = 0; i < data.Length; i++)
                if (array.IsNull(i)) values.AsSpan(i * width, width).Clear();
        }
        var validity = data.Buffers[0].Span[..((data.Length + 7) / 8)].ToArray();
        if (data.Length % 8 != 0) validity[^1] &= (byte)((1 << (data.Length % 8)) - 1); // bits past the end, too
        var zeroed = new ArrayData(data.DataType, data.Length, data.NullCount, 0, [new ArrowBuffer(validity), new ArrowBuffer(values)]);
        return ArrowArrayFactory.BuildArray(zeroed);
    }
}
