using CommunityFp.Exports.Arrow;
using CommunityFp.Exports.Catalog;
using CommunityFp.Exports.Deidentification;
using CommunityFp.Exports.Parquet;
using CommunityFp.Exports.Suppression;
using CommunityFp.Exports.Text;
using DuckDB.NET.Data;

namespace CommunityFp.Exports;

/// <summary>
/// Runs an <see cref="ExportDefinition"/> against the warehouse in any format: guard against personal data, then
/// (aggregate) small-cell suppression or (microdata) a fresh pseudonym secret, then the writer. All formats of one
/// definition and options hold the same cells.
/// </summary>
public sealed class Exporter(DuckDBConnection connection)
{
    public async Task<ExportResult> ExportAsync(ExportDefinition definition, ExportFormat format, Stream output,
        ExportProvenance? provenance = null, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (format == ExportFormat.Parquet) throw new ArgumentException("Parquet is written to a file: use ExportFileAsync", nameof(format));
        if (format == ExportFormat.Arrow && !output.CanSeek)
            throw new ArgumentException("the Arrow file format needs a seekable stream; use ArrowStream for pipes and HTTP", nameof(output));
        return await RunAsync(definition, provenance, options, async (query, shape) => format switch
        {
            ExportFormat.Csv => (CsvExportWriter.Write(connection, query, output, (options ?? new()).CsvByteOrderMark), 0),
            _ => ToTuple(await ArrowExportWriter.WriteAsync(connection, query, shape, output, format == ExportFormat.Arrow,
                (options ?? new()).BatchRows, cancellationToken)),
        });
    }

    /// <summary>Writes to <c>path.partial</c> and renames on success, so a refused or failed export leaves no file.</summary>
    public async Task<ExportResult> ExportFileAsync(ExportDefinition definition, ExportFormat format, string path,
        ExportProvenance? provenance = null, ExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        var partial = path + ".partial";
        try
        {
            ExportResult result;
            if (format == ExportFormat.Parquet)
            {
                result = await RunAsync(definition, provenance, options, (query, shape) =>
                    Task.FromResult((ParquetExportWriter.WriteFile(connection, query, shape, partial), 0)));
            }
            else
            {
                await using var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                result = await ExportAsync(definition, format, file, provenance, options, cancellationToken);
            }
            File.Move(partial, path, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The definition as a Hive-partitioned Parquet lake under <paramref name="directory"/>
    /// (partitioned by the definition's <see cref="ExportDefinition.LakePartitions"/>).</summary>
    public Task<ExportResult> ExportLakeAsync(ExportDefinition definition, string directory,
        ExportProvenance? provenance = null, ExportOptions? options = null) =>
        RunAsync(definition, provenance, options, (query, shape) =>
        {
            var rows = ParquetExportWriter.WriteLake(connection, query, shape, directory, definition.LakePartitions);
            return Task.FromResult((rows, 0));
        });

    private async Task<ExportResult> RunAsync(ExportDefinition definition, ExportProvenance? provenance, ExportOptions? options,
        Func<ExportQuery, ExportShape, Task<(long Rows, int Batches)>> write)
    {
        options ??= new ExportOptions();
        provenance ??= new ExportProvenance();
        Generalize.RegisterMacros(connection);
        using var pseudonymizer = Pseudonymizer.ForNewExport();
        using var scope = pseudonymizer.UseIn(connection);

        var source = new ExportQuery(definition.Sql, options.SqlParameters);
        var columns = source.DescribeColumns(connection);
        PersonalDataGuard.Check(definition, columns);

        if (definition.Kind == ExportKind.Microdata && definition.Suppression is not null)
            throw new ArgumentException($"export {definition.Name}: microdata is protected by coarsening and pseudonyms, not cell suppression");
        using var stage = definition.Suppression is { } spec
            ? SuppressionStage.Create(connection, source, spec, options.SmallCellThreshold)
            : null;
        var query = stage?.Query ?? source;
        var names = columns.Select(c => c.Name).ToList();
        var shape = ExportShapeBuilder.Build(connection, definition, provenance, names, definition.Suppression, stage?.Outcome.Summary);
        var (rows, batches) = await write(query, shape);
        return new ExportResult(definition.Name, rows, batches, stage?.Outcome.Summary, shape);
    }

    private static (long, int) ToTuple(ArrowWriteResult result) => (result.Rows, result.Batches);
}

/// <summary>What one export wrote.</summary>
public sealed record ExportResult(string Name, long Rows, int Batches, SuppressionSummary? Suppression, ExportShape Shape);
