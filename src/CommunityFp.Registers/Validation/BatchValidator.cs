namespace CommunityFp.Registers.Validation;

/// <summary>
/// The contract validator: verifies a batch folder against its manifest, then checks every row of every register
/// against registers.md. The ETL enforces the same rules in SQL; this C# implementation is the independent
/// reference the generator's and the ETL's tests compare with. It holds one file at a time in memory, so it is
/// meant for tiny and demo batches.
/// </summary>
public static class BatchValidator
{
    /// <summary>Validates one batch folder (a folder holding <c>manifest.json</c>).</summary>
    public static BatchValidationReport Validate(string batchFolder)
    {
        var report = new BatchValidationReport(batchFolder);
        var manifest = report.Manifest = ManifestVerifier.Verify(batchFolder, report);
        if (manifest is null || report.IsRefused) return report;

        var encoding = BatchEncoding.Resolve(manifest.Encoding)!;
        var context = new BatchContext(manifest.AsOfDate());
        foreach (var register in RegisterCatalog.All.Where(r => manifest.Files.ContainsKey(r.FileName)))
        {
            using var text = ManifestVerifier.OpenText(Path.Combine(batchFolder, register.FileName), encoding);
            var (file, refusal) = RegisterFileValidator.Validate(register, text, context);
            if (refusal is not null) { report.Refusals.Add(refusal); continue; }
            report.Files.Add(file!);
        }
        if (report.IsRefused) return report;

        CheckScope(manifest, context, report);
        foreach (var file in report.Files)
            RowWarningRules.Apply(RegisterCatalog.ByFileName(file.File)!, file, context);
        return report;
    }

    // The scope must be a known unit of the batch's own org_units, at city, district or street level.
    private static void CheckScope(BatchManifest manifest, BatchContext context, BatchValidationReport report)
    {
        var scope = OrgCode.Normalise(manifest.Scope)!;
        if (!context.OrgUnitLevels.TryGetValue(scope, out var level))
            report.Refusals.Add(new BatchRefusal(BatchManifest.FileName, $"scope {scope} is not a unit of the batch's org_units.csv"));
        else if (level > OrgCode.Street)
            report.Refusals.Add(new BatchRefusal(BatchManifest.FileName, $"scope {scope} is a level-{level} unit; a batch covers a city, district or street"));
    }
}
