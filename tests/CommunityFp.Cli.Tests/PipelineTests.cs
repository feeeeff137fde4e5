namespace CommunityFp.Cli.Tests;

/// <summary>generate → load → build → export through the command line, as a user runs it.</summary>
public class PipelineTests(TinyWorld world) : IClassFixture<TinyWorld>
{
    [Fact]
    public void Load_then_build_succeeds_and_exports_the_audit_with_read_equal_loaded_plus_quarantined()
    {
        var db = world.NewDatabase();
        var load = CliRunner.Run("load", world.Batches, "--db", db);
        Assert.True(load.ExitCode == ExitCodes.Success, load.Error);
        Assert.Contains("loaded", load.Output);

        var build = CliRunner.Run("build", "--db", db);
        Assert.True(build.ExitCode == ExitCodes.Success, build.Error);

        var audit = Path.Combine(world.Root, "audit.csv");
        Assert.Equal(ExitCodes.Success, CliRunner.Run("export", "load_audit", "--format", "csv", "--out", audit, "--db", db).ExitCode);
        var rows = File.ReadAllLines(audit);
        var header = rows[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var fileRows = rows.Skip(1).Select(r => r.Split(',')).Where(f => f[Col("file")] != "").ToList();
        Assert.NotEmpty(fileRows);
        Assert.All(fileRows, f => Assert.Equal(long.Parse(f[Col("rows_read")]), long.Parse(f[Col("rows_loaded")]) + long.Parse(f[Col("rows_quarantined")])));
    }

    [Fact]
    public void A_refused_batch_exits_1_naming_the_file_and_the_mismatch()
    {
        var copy = Path.Combine(world.Root, "tampered-" + Guid.NewGuid().ToString("N"));
        var source = world.BatchesUpTo("2007-01").First();
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.GetFiles(source)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        File.AppendAllText(Path.Combine(copy, "activities.csv"), "X9,220202001001,2006-01-01,1,10,\n");

        var result = CliRunner.Run("load", copy, "--db", world.NewDatabase());
        Assert.Equal(ExitCodes.InputRefused, result.ExitCode);
        Assert.Contains("activities.csv", result.Error);
    }

    [Fact]
    public void An_incremental_build_after_a_new_month_equals_a_full_build()
    {
        var db = world.NewDatabase();
        Assert.Equal(ExitCodes.Success, CliRunner.Run(["load", .. world.BatchesUpTo("2007-12"), "--db", db]).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--db", db).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("load", world.Batches, "--db", db).ExitCode);

        var incremental = CliRunner.Run("build", "--db", db);
        Assert.Contains("incrementally from 2008-01-01", incremental.Output);
        var afterIncremental = ExportIndicators(db);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("build", "--full", "--db", db).ExitCode);
        Assert.Equal(afterIncremental, ExportIndicators(db));
    }

    [Fact]
    public void Models_lists_every_model_with_its_description()
    {
        var result = CliRunner.Run("models");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("marts/indicator_values", result.Output);
        Assert.Contains("depends on:", result.Output);
    }

    [Fact]
    public void Building_a_missing_warehouse_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, CliRunner.Run("build", "--db", Path.Combine(world.Root, "none.duckdb")).ExitCode);

    private string ExportIndicators(string db)
    {
        var file = Path.Combine(world.Root, Guid.NewGuid().ToString("N") + ".csv");
        var result = CliRunner.Run("export", "indicator_values", "--format", "csv", "--out", file, "--db", db);
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        return File.ReadAllText(file);
    }
}
