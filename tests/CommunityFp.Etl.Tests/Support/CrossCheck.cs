using System.Globalization;
using CommunityFp.Registers.Validation;
using DuckDB.NET.Data;

namespace CommunityFp.Etl.Tests.Support;

/// <summary>Compares the ETL's quarantine and warnings for a batch with the contract's C# BatchValidator.</summary>
public static class CrossCheck
{
    public static void AssertSameIssues(DuckDBConnection c, string folder, string scope, string asOf)
    {
        var report = BatchValidator.Validate(folder);
        Assert.False(report.IsRefused, string.Join("; ", report.Refusals.Select(r => r.File + ": " + r.Reason)));
        var where = $"where scope = '{scope}' and as_of = DATE '{asOf}' and version_ord = (select max(version_ord) from batch_versions where scope = '{scope}' and as_of = DATE '{asOf}')";
        var etlErrors = Warehouse.Lines(c, $"select file, line from quarantine {where} order by file, line");
        var validatorErrors = report.RowErrors.Select(e => $"{e.File}|{e.Line.ToString(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(validatorErrors, etlErrors.Order(StringComparer.Ordinal).ToList());
        var etlWarnings = Warehouse.Lines(c, $"select file, line, kind from row_warnings {where}");
        var validatorWarnings = report.Warnings.Select(w => $"{w.File}|{w.Line.ToString(CultureInfo.InvariantCulture)}|{w.Kind}");
        Assert.Equal(validatorWarnings.Order(StringComparer.Ordinal).ToList(), etlWarnings.Order(StringComparer.Ordinal).ToList());
    }
}
