using CommunityFp.Registers.Validation;

namespace CommunityFp.Registers.Tests;

public class BatchValidatorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private const string Resident =
        "R1,220202198001010018,王丽,2,1980-01-01,1,,20,2003-05-01,R2,220202001001,220202001001001,3号楼,2单元,1,,2003-05-01,2,1";
    private const string Husband =
        "R2,,李强,1,1978-06-01,1,,20,2003-05-01,R1,220202001001,,,,1,,2003-05-01,2,1";

    private BatchValidationReport Validate(BatchFolderBuilder b, Action<string>? tamper = null) =>
        BatchValidator.Validate(b.WriteTo(_temp.Sub(Guid.NewGuid().ToString("N")), tamper));

    private static BatchFolderBuilder WithResidents(params string[] rows) =>
        new BatchFolderBuilder().Rows("residents.csv", string.Join("\n", [Resident, Husband, .. rows]));

    [Fact]
    public void A_clean_batch_has_no_refusal_error_or_warning()
    {
        var report = Validate(WithResidents());
        Assert.False(report.IsRefused, string.Join("; ", report.Refusals));
        Assert.Empty(report.RowErrors);
        Assert.Empty(report.Warnings);
        Assert.Equal(2, report.Files.Single(f => f.File == "residents.csv").RowsLoaded);
    }

    [Theory]
    [InlineData("R3,,张三,1,1990-01-01,1,,10,,,220202001001,,,,1,,2007-01-01,2", RowErrorKind.FieldCount)]
    [InlineData("R3,,,1,1990-01-01,1,,10,,,220202001001,,,,1,,2007-01-01,2,1", RowErrorKind.MissingRequired)]
    [InlineData("R3,,张三,1,1990-13-01,1,,10,,,220202001001,,,,1,,2007-01-01,2,1", RowErrorKind.UnparsableDate)]
    [InlineData("R3,,张三,1,1990-01-01,1,,10,,,220202001001,,,,1,,2007-01-01,2,x", RowErrorKind.UnparsableNumber)]
    [InlineData("R3,,张三,２,1990-01-01,1,,10,,,220202001001,,,,1,,2007-01-01,2,1", RowErrorKind.NonAsciiDigit)]
    [InlineData("R3,,张三,7,1990-01-01,1,,10,,,220202001001,,,,1,,2007-01-01,2,1", RowErrorKind.CodeOutsideList)]
    [InlineData("R3,,张三,1,1990-01-01,1,,10,,,220202001001,,,,1,,2007-04-01,2,1", RowErrorKind.EventAfterAsOf)]
    [InlineData("R3,,张三,1,1990-01-01,1,,10,,,220202001009,,,,1,,2007-01-01,2,1", RowErrorKind.UnknownOrgUnit)]
    [InlineData("R3,,张三,1,1990-01-01,1,,10,,,220202001,,,,1,,2007-01-01,2,1", RowErrorKind.NotACommunity)]
    [InlineData("R3,,张三,1,1990-01-01,1,,10,,,220202001001,,,,2,,2007-01-01,2,1", RowErrorKind.MissingRequired)] // status 2 needs status_date
    public void Each_row_error_kind_quarantines_the_row_with_its_line(string row, RowErrorKind kind)
    {
        var report = Validate(WithResidents(row));
        var error = Assert.Single(report.RowErrors);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(4, error.Line);
        Assert.Equal("residents.csv", error.File);
        var file = report.Files.Single(f => f.File == "residents.csv");
        Assert.Equal(file.RowsRead, file.RowsLoaded + file.Errors.Count);
    }

    [Fact]
    public void Every_row_sharing_a_repeated_id_is_quarantined()
    {
        var report = Validate(WithResidents(Resident));
        Assert.Equal([2L, 4L], report.RowErrors.Where(e => e.Kind == RowErrorKind.DuplicateId).Select(e => e.Line));
    }

    [Fact]
    public void Reasons_name_the_column_but_never_the_persons_data()
    {
        var report = Validate(WithResidents("R3,,张三,1,1990-01-01,1,,10,,,220202001001,,,,1,,2007-04-01,2,1"));
        var error = Assert.Single(report.RowErrors);
        Assert.StartsWith("arrival_date:", error.Reason);
        Assert.DoesNotContain("张三", error.Reason);
        Assert.Contains("张三", error.RawText);
    }

    [Fact]
    public void Warnings_load_the_row_and_record_the_issue()
    {
        var births = "B1,R1,R9,,2006-05-01,1,1,C1,220202001001,2006-05-03\nB2,R1,R2,,2007-01-02,1,1,C2,220202001001,";
        var report = Validate(WithResidents("R5,220202198001010017,赵敏,2,1980-01-01,1,,20,,R8,220202001001,,,,1,,2003-05-01,2,1")
            .Rows("births.csv", births));
        Assert.Empty(report.RowErrors);
        var kinds = report.Warnings.Select(w => w.Kind).Order().ToArray();
        Assert.Equal([RowWarningKind.CitizenIdCheck, RowWarningKind.BirthOrderTooLow, RowWarningKind.UnknownSpouse, RowWarningKind.UnknownFather], kinds);
    }

    [Fact]
    public void Gb18030_names_are_read_intact()
    {
        var b = WithResidents();
        b.Encoding = "gbk";
        var report = Validate(b);
        Assert.False(report.IsRefused, string.Join("; ", report.Refusals));
        Assert.Empty(report.RowErrors);
    }

    [Fact]
    public void A_wrong_row_count_refuses_the_batch_naming_the_file() =>
        AssertRefused(Validate(WithResidents(), f => Rewrite(f, "residents.csv", t => t + Husband.Replace("R2", "R7") + "\n", keepHash: true)),
            "residents.csv", "records");

    [Fact]
    public void A_checksum_mismatch_refuses_the_batch() =>
        AssertRefused(Validate(WithResidents(), f => Rewrite(f, "residents.csv", t => t.Replace("王丽", "王莉"), keepHash: false)),
            "residents.csv", "SHA-256");

    [Fact]
    public void A_missing_required_register_refuses_the_batch() =>
        AssertRefused(Validate(WithResidents().Without("births.csv")), "births.csv", "not listed");

    [Fact]
    public void An_unlisted_csv_refuses_the_batch() =>
        AssertRefused(Validate(WithResidents(), f => File.WriteAllText(Path.Combine(f, "notes.csv"), "x\n")), "notes.csv", "not listed");

    [Fact]
    public void A_malformed_manifest_refuses_the_batch() =>
        AssertRefused(Validate(WithResidents(), f => File.WriteAllText(Path.Combine(f, "manifest.json"), "{ \"format\": ")),
            "manifest.json", "malformed");

    [Fact]
    public void An_export_before_as_of_refuses_the_batch()
    {
        var b = WithResidents();
        b.ExportedAt = "2007-03-30T10:00:00";
        AssertRefused(Validate(b), "manifest.json", "before as_of");
    }

    [Fact]
    public void A_scope_that_is_not_in_org_units_refuses_the_batch()
    {
        var b = WithResidents();
        b.Scope = "220203";
        AssertRefused(Validate(b), "manifest.json", "scope");
    }

    private static void AssertRefused(BatchValidationReport report, string file, string reasonPart)
    {
        Assert.True(report.IsRefused);
        Assert.Contains(report.Refusals, r => r.File == file && r.Reason.Contains(reasonPart, StringComparison.Ordinal));
    }

    private static void Rewrite(string folder, string file, Func<string, string> change, bool keepHash)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, change(File.ReadAllText(path)));
        if (!keepHash) return;
        var manifestPath = Path.Combine(folder, "manifest.json");
        var manifest = BatchManifest.Read(manifestPath);
        var files = manifest.Files.ToDictionary(f => f.Key, f => f.Value);
        files[file] = files[file] with { Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))) };
        File.WriteAllText(manifestPath, (manifest with { Files = files }).ToJson());
    }

    public void Dispose() => _temp.Dispose();
}
