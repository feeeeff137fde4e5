using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using DuckDB.NET.Data;

namespace CommunityFp.Exports.Arrow;

/// <summary>
/// Writes a DuckDB query as Arrow IPC (file or stream format), one record batch at a time.
/// DuckDB converts its own 2,048-row chunks to Arrow (<see cref="DuckDBCommand.ExecuteArrowStream"/>); this writer
/// joins them up to <see cref="ExportOptions.BatchRows"/>, dictionary-encodes the code columns, sets nullability and
/// metadata, and writes. Memory held is about one output batch plus one DuckDB chunk, whatever the row count.
/// </summary>
public static class ArrowExportWriter
{
    public static async Task<ArrowWriteResult> WriteAsync(DuckDBConnection connection, ExportQuery query, ExportShape shape,
        Stream output, bool fileFormat, int batchRows = 65_536, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchRows, 1);
        var dictionaries = ReadDictionaries(connection, query, shape.CodeColumns);

        using var command = query.CreateCommand(connection);
        using var source = command.ExecuteArrowStream();
        var schema = BuildSchema(source.Schema, shape, dictionaries);
        var encoder = new BatchEncoder(source.Schema, schema, dictionaries);

        using ArrowStreamWriter writer = fileFormat
            ? new ArrowFileWriter(output, schema, leaveOpen: true)
            : new ArrowStreamWriter(output, schema, leaveOpen: true);
        await writer.WriteStartAsync(cancellationToken);

        long rows = 0;
        var batches = 0;
        var pending = new List<RecordBatch>();
        var pendingRows = 0;
        async Task FlushAsync()
        {
            if (pendingRows == 0) return;
            var (batch, owned) = encoder.Encode(pending, pendingRows);
            await writer.WriteRecordBatchAsync(batch, cancellationToken);
            foreach (var array in owned) array.Dispose();
            rows += pendingRows;
            batches++;
            foreach (var chunk in pending) chunk.Dispose();
            pending.Clear();
            pendingRows = 0;
        }

        while (await source.ReadNextRecordBatchAsync(cancellationToken) is { } chunk)
        {
            if (chunk.Length == 0) { chunk.Dispose(); continue; }
            pending.Add(chunk);
            pendingRows += chunk.Length;
            if (pendingRows >= batchRows) await FlushAsync();
        }
        await FlushAsync();
        await writer.WriteEndAsync(cancellationToken);
        return new ArrowWriteResult(rows, batches, schema);
    }

    public static async Task<ArrowWriteResult> WriteFileAsync(DuckDBConnection connection, ExportQuery query, ExportShape shape,
        string path, int batchRows = 65_536, CancellationToken cancellationToken = default)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false);
        return await WriteAsync(connection, query, shape, file, fileFormat: true, batchRows, cancellationToken);
    }

    /// <summary>Every code column's distinct values, sorted, in one scan of the query.</summary>
    private static Dictionary<string, CodeDictionary> ReadDictionaries(DuckDBConnection connection, ExportQuery query,
        IReadOnlyList<string> codeColumns)
    {
        var dictionaries = new Dictionary<string, CodeDictionary>(StringComparer.Ordinal);
        if (codeColumns.Count == 0) return dictionaries;
        var lists = codeColumns.Select(c => $"list(distinct {Sql.Identifier(c)}::varchar order by {Sql.Identifier(c)}::varchar)");
        using var command = query.CreateCommand(connection, $"select {string.Join(", ", lists)} from ({query.Sql}) as q");
        using var reader = command.ExecuteReader();
        reader.Read();
        for (var i = 0; i < codeColumns.Count; i++)
        {
            var values = reader.IsDBNull(i) ? [] : reader.GetFieldValue<List<string?>>(i).OfType<string>().ToList();
            dictionaries[codeColumns[i]] = new CodeDictionary(codeColumns[i], values);
        }
        return dictionaries;
    }

    private static Schema BuildSchema(Schema source, ExportShape shape, Dictionary<string, CodeDictionary> dictionaries)
    {
        foreach (var column in shape.CodeColumns)
        {
            var field = source.GetFieldByName(column)
                ?? throw new InvalidOperationException($"code column {column} is not in the query's result");
            if (field.DataType is not StringType)
                throw new InvalidOperationException($"code column {column} is {field.DataType.Name}, not text: only text codes are dictionary-encoded");
        }
        var builder = new Schema.Builder();
        foreach (var field in source.FieldsList)
        {
            var type = dictionaries.ContainsKey(field.Name) ? CodeDictionary.DictionaryType : field.DataType;
            var nullable = !shape.NotNullColumns.Contains(field.Name);
            shape.FieldMetadata.TryGetValue(field.Name, out var metadata);
            builder.Field(new Field(field.Name, type, nullable, metadata));
        }
        foreach (var (key, value) in shape.Metadata) builder.Metadata(key, value);
        return builder.Build();
    }
}

/// <summary>What an Arrow export wrote.</summary>
public sealed record ArrowWriteResult(long Rows, int Batches, Schema Schema);
