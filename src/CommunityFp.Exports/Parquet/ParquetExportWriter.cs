using DuckDB.NET.Data;

namespace CommunityFp.Exports.Parquet;

/// <summary>
/// Parquet through DuckDB's own writer (<c>COPY (query) TO file (FORMAT parquet)</c>): streaming inside the engine,
/// snappy-compressed (every Parquet reader has snappy; hyparquet reads it without add-ons), with the export's metadata as Parquet key/value metadata and the column docs as JSON under
/// <c>columns</c> (DuckDB's COPY has no per-field metadata). Every column is written OPTIONAL: DuckDB's COPY does not
/// carry NOT NULL into Parquet.
/// </summary>
public static class ParquetExportWriter
{
    public static long WriteFile(DuckDBConnection connection, ExportQuery query, ExportShape shape, string path)
    {
        using var command = query.CreateCommand(connection,
            $"copy ({query.Sql}) to {Sql.Literal(path)} (format parquet, compression snappy{KeyValueMetadata(shape)})");
        return command.ExecuteNonQuery();
    }

    /// <summary>
    /// A Hive-partitioned Parquet lake: <c>dir/year=2008/district=220202/data_0.parquet</c>, readable by DuckDB
    /// (<c>read_parquet('dir/**/*.parquet', hive_partitioning = true)</c>), Spark, Trino and pyarrow datasets.
    /// Overwrites what the directory held for this export.
    /// </summary>
    public static long WriteLake(DuckDBConnection connection, ExportQuery query, ExportShape shape, string directory,
        IReadOnlyList<string> partitionBy)
    {
        if (partitionBy.Count == 0) throw new ArgumentException("a lake needs at least one partition column", nameof(partitionBy));
        Directory.CreateDirectory(directory);
        var partitions = string.Join(", ", partitionBy.Select(Sql.Identifier));
        using var command = query.CreateCommand(connection,
            $"copy ({query.Sql}) to {Sql.Literal(directory)} (format parquet, compression snappy, partition_by ({partitions}), overwrite_or_ignore true{KeyValueMetadata(shape)})");
        return command.ExecuteNonQuery();
    }

    private static string KeyValueMetadata(ExportShape shape)
    {
        var pairs = shape.Metadata.ToList();
        if (shape.FieldMetadata.Count > 0) pairs.Add(new("columns", Json.Serialize(shape.FieldMetadata)));
        if (pairs.Count == 0) return "";
        // COPY options take no parameters: keys and values are quoted as literals (they come from the definition)
        return ", kv_metadata {" + string.Join(", ", pairs.Select(p => $"{Sql.Literal(p.Key)}: {Sql.Literal(p.Value)}")) + "}";
    }
}
