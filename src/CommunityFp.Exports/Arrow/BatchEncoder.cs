using Apache.Arrow;

namespace CommunityFp.Exports.Arrow;

/// <summary>Turns DuckDB's chunks into one output batch: joined, code columns encoded, NOT NULL checked.</summary>
internal sealed class BatchEncoder(Schema source, Schema target, IReadOnlyDictionary<string, CodeDictionary> dictionaries)
{
    private readonly CodeDictionary?[] _dictionaryOf = source.FieldsList
        .Select(f => dictionaries.TryGetValue(f.Name, out var d) ? d : null).ToArray();

    /// <summary>An output batch and the arrays made for it (joined or encoded), which the caller releases after
    /// writing; arrays taken over from a single chunk stay owned by that chunk.</summary>
    public (RecordBatch Batch, List<IArrowArray> Owned) Encode(IReadOnlyList<RecordBatch> chunks, int rows)
    {
        var owned = new List<IArrowArray>();
        var columns = new IArrowArray[target.FieldsList.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            IArrowArray joined;
            if (chunks.Count == 1) joined = chunks[0].Column(c);
            else owned.Add(joined = ArrowArrayConcatenator.Concatenate(chunks.Select(chunk => chunk.Column(c)).ToArray()));

            if (NullSlots.Zeroed(joined) is var zeroed && !ReferenceEquals(zeroed, joined))
            {
                owned.Add(zeroed);
                joined = zeroed;
            }

            var field = target.FieldsList[c];
            if (!field.IsNullable && joined.NullCount > 0)
                throw new InvalidOperationException($"column {field.Name} is declared NOT NULL but the query returned a null");
            if (_dictionaryOf[c] is { } dictionary)
            {
                // the dictionary values are shared by every batch: only the indices belong to this batch
                var encoded = dictionary.Encode((StringArray)joined);
                owned.Add(encoded.Indices);
                joined = encoded;
            }
            columns[c] = joined;
        }
        return (new RecordBatch(target, columns, rows), owned);
    }
}
