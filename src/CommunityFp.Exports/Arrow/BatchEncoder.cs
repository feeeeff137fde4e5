using Apache.Arrow;
using Apache.Arrow.Types;

namespace CommunityFp.Exports.Arrow;

/// <summary>Turns DuckDB's chunks into one output batch: joined, code columns encoded, bytes under nulls zeroed,
/// NOT NULL checked. The output arrays are managed memory of the batch's size; the chunks stay the caller's.</summary>
internal sealed class BatchEncoder(Schema source, Schema target, IReadOnlyDictionary<string, CodeDictionary> dictionaries)
{
    private readonly CodeDictionary?[] _dictionaryOf = source.FieldsList
        .Select(f => dictionaries.TryGetValue(f.Name, out var d) ? d : null).ToArray();

    /// <summary>An output batch and the arrays made for it that hold native memory (the caller releases them after
    /// writing).</summary>
    public (RecordBatch Batch, List<IArrowArray> Owned) Encode(IReadOnlyList<RecordBatch> chunks, int rows)
    {
        var owned = new List<IArrowArray>();
        var columns = new IArrowArray[target.FieldsList.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            var parts = chunks.Select(chunk => chunk.Column(c)).ToArray();
            var field = target.FieldsList[c];
            if (!field.IsNullable && parts.Any(p => p.NullCount > 0))
                throw new InvalidOperationException($"column {field.Name} is declared NOT NULL but the query returned a null");

            IArrowArray column;
            if (_dictionaryOf[c] is { } dictionary) column = ColumnJoiner.Codes(parts, rows, dictionary);
            else if (source.FieldsList[c].DataType is FixedWidthType { BitWidth: >= 8 } type) column = ColumnJoiner.FixedWidth(parts, rows, type);
            else
            {
                // free text, booleans and nested types: Apache.Arrow's concatenator, then the bytes under nulls
                var joined = parts.Length == 1 ? parts[0] : ArrowArrayConcatenator.Concatenate(parts);
                if (!ReferenceEquals(joined, parts[0])) owned.Add(joined);
                column = NullSlots.Zeroed(joined);
            }
            columns[c] = column;
        }
        return (new RecordBatch(target, columns, rows), owned);
    }
}
