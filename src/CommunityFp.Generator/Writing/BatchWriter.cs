using System.Globalization;
using CommunityFp.Generator.Core;
using CommunityFp.Generator.Defects;
using CommunityFp.Generator.Population;
using CommunityFp.Generator.RowSources;
using CommunityFp.Registers;

namespace CommunityFp.Generator.Writing;

/// <summary>
/// Writes one batch version: every register file streamed to disk (hashed and counted as written), then
/// <c>manifest.json</c>. Only the manifest and the listed CSVs go into the folder.
/// </summary>
internal static class BatchWriter
{
    public sealed record Result(string Folder, long Rows, List<InjectedDefect> Defects);

    /// <param name="relativeFolder">'/'-separated folder under the output directory, e.g. <c>220202/2007-03-31_v2</c>.</param>
    /// <param name="version">1 for the first export; 2 for a re-send, which fixes a few rows the first one had wrong.</param>
    public static Result Write(string outputDirectory, string relativeFolder, DistrictState state, int month,
        BatchPlan plan, int version, DateTimeOffset exportedAt)
    {
        var includeResendFixes = plan.Resend && version == 1;
        var folder = Path.Combine(outputDirectory, relativeFolder.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.csv")) File.Delete(stale);
        var (_, asOf) = DistrictSimulation.Bounds(month);
        var view = new BatchView(state, month, asOf);
        var injections = includeResendFixes ? plan.Injections.Concat(plan.FixedInResend).ToList() : plan.Injections.ToList();
        var rng = new Rng(plan.Seed, includeResendFixes ? 1 : 2);
        var files = new SortedDictionary<string, ManifestFile>(StringComparer.Ordinal);
        var defects = new List<InjectedDefect>();
        long rows = 0;
        foreach (var source in RegisterSources.All)
        {
            var (entry, applied) = WriteFile(folder, source, view, plan.Style, injections, rng);
            files[source.Register.FileName] = entry;
            rows += entry.Rows;
            defects.AddRange(applied.Select(a => new InjectedDefect(relativeFolder, a.Kind, source.Register.FileName, a.RecordId, a.Line)));
        }
        defects.AddRange(BatchLevelDefects(relativeFolder, plan, version));
        if (version == 1) defects.AddRange(SourceDefectLedger.For(view, relativeFolder));
        WriteManifest(folder, state.Code, asOf, exportedAt, plan.Style, files);
        return new Result(relativeFolder, rows, defects);
    }

    private static (ManifestFile, List<(string Kind, string RecordId, long Line)>) WriteFile(string folder, RegisterSource source,
        BatchView view, ExportStyle style, List<PlannedInjection> injections, Rng rng)
    {
        var register = source.Register;
        var order = style.OrderOf(register);
        var extra = style.ExtraColumns.GetValueOrDefault(register.Name);
        var count = source.Count(view.State);
        var injector = new DefectInjector(register, injections, count, rng, view);
        using var csv = new CsvFileWriter(Path.Combine(folder, register.FileName), style.Encoding, style.Bom, style.Crlf);
        var header = order.Select(i => register.Columns[i].Name).ToList();
        if (extra is not null) header.Add(extra);
        csv.WriteHeader(header);
        var row = new RowBuilder(style.Encoding, style.Dates);
        for (var i = 0; i < count; i++)
        {
            row.Reset();
            if (!source.Fill(view, i, row)) continue;
            if (extra is not null) ExtraField(row, extra, i);
            var twice = injector.HasPending(i) && injector.Apply(row, i, csv.Lines + 1);
            csv.WriteRow(row, order, register.Columns.Count);
            if (twice) csv.WriteRow(row, order, register.Columns.Count);
        }
        var sha = csv.Finish();
        return (new ManifestFile(csv.Records, sha), injector.Applied);
    }

    // An unknown column some district systems add: a remark (mostly empty) or who entered the record.
    private static void ExtraField(RowBuilder row, string column, int index)
    {
        if (column == "entered_by") row.Id('S', index % 40 + 1, 6);
        else if (index % 7 == 0) row.Text("已核");
        else row.Null();
    }

    private static IEnumerable<InjectedDefect> BatchLevelDefects(string folder, BatchPlan plan, int version)
    {
        var s = plan.Style;
        if (s.EncodingName == BatchEncoding.Gb18030Name) yield return new(folder, DefectKinds.Gb18030);
        if (s.Bom) yield return new(folder, DefectKinds.Bom);
        if (s.Crlf) yield return new(folder, DefectKinds.Crlf);
        if (s.Dates != DateStyle.Dash) yield return new(folder, DefectKinds.DateStyle);
        foreach (var (register, _) in s.ExtraColumns.OrderBy(e => e.Key, StringComparer.Ordinal))
            yield return new(folder, DefectKinds.ExtraColumn, register + ".csv");
        foreach (var (register, _) in s.ColumnOrders.OrderBy(e => e.Key, StringComparer.Ordinal))
            yield return new(folder, DefectKinds.ColumnOrder, register + ".csv");
        if (plan.LateExport && version == 1) yield return new(folder, DefectKinds.LateExport);
        if (version == 2) yield return new(folder, DefectKinds.Resent);
    }

    private static void WriteManifest(string folder, int scope, int asOf, DateTimeOffset exportedAt, ExportStyle style,
        SortedDictionary<string, ManifestFile> files)
    {
        var manifest = new BatchManifest
        {
            Format = RegisterCatalog.Format,
            AsOf = Days.ToDate(asOf).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ExportedAt = exportedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Scope = scope.ToString(CultureInfo.InvariantCulture),
            Source = OrgHierarchy.JilinDistricts.Source(scope),
            Encoding = style.EncodingName,
            Files = files,
        };
        File.WriteAllText(Path.Combine(folder, BatchManifest.FileName), manifest.ToJson(), new System.Text.UTF8Encoding(false));
    }
}
