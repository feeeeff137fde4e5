using CommunityFp.Etl.Tests.Support;
using CommunityFp.Generator;
using Xunit.Abstractions;

namespace CommunityFp.Etl.Tests;

/// <summary>A tiny generated world with realistic defects (generator branch): one generation shared by the class.</summary>
public sealed class TinyWorld : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("cfp-etl-tiny-").FullName;
    public GenerationSummary Summary { get; }
    public string Warehouse { get; }
    public LoadRunSummary Load { get; }

    public TinyWorld()
    {
        Summary = RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, Path.Combine(Root, "batches"), Defects: DefectLevel.Realistic));
        Warehouse = Path.Combine(Root, "warehouse.duckdb");
        using var loader = WarehouseLoader.Open(Warehouse);
        Load = loader.Load([Path.Combine(Root, "batches")]);
    }

    public string Folder(string relative) => Path.GetFullPath(Path.Combine(Root, "batches", relative));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

public sealed class TinyScaleTests(TinyWorld world, ITestOutputHelper output) : IClassFixture<TinyWorld>
{
    [Fact]
    public void Every_generated_batch_loads_or_is_an_unchanged_resend_with_read_equal_loaded_plus_quarantined()
    {
        output.WriteLine($"{world.Summary.Batches} batches, {world.Summary.Rows} rows, {world.Summary.InjectedDefects.Count} injected defects");
        foreach (var b in world.Load.Batches)
        {
            Assert.True(b.Result != BatchResult.Refused, $"{b.BatchFolder}: {b.Reason}");
            Loads.AssertBalanced(b);
        }
        Assert.Equal(world.Summary.Batches, world.Load.Batches.Count);
        Assert.Contains(world.Load.Batches, b => b.RowsQuarantined > 0);
        using var loader = WarehouseLoader.Open(world.Warehouse);
        Assert.Equal(world.Load.Batches.Count(b => b.Result != BatchResult.Unchanged),
            Support.Warehouse.Count(loader.Connection, "select count(*) from batch_versions"));
    }

    [Fact]
    public void The_etls_quarantine_and_warnings_equal_the_contract_validators_for_every_batch()
    {
        using var loader = WarehouseLoader.Open(world.Warehouse);
        foreach (var b in world.Load.Batches.Where(b => b.Result != BatchResult.Unchanged))
        {
            var ord = Support.Warehouse.Lines(loader.Connection,
                $"select version_ord from load_arrivals where batch_folder = '{b.BatchFolder}' and file is null")[0];
            var report = CommunityFp.Registers.Validation.BatchValidator.Validate(b.BatchFolder);
            Assert.False(report.IsRefused);
            var etl = Support.Warehouse.Lines(loader.Connection, $"select file, line from quarantine where version_ord = {ord} and scope = '{b.Scope}' order by all");
            var validator = report.RowErrors.Select(e => $"{e.File}|{e.Line}").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(validator, etl.Order(StringComparer.Ordinal).ToList());
            var etlWarnings = Support.Warehouse.Lines(loader.Connection, $"select file, line, kind from row_warnings where version_ord = {ord} and scope = '{b.Scope}'");
            Assert.Equal(report.Warnings.Select(w => $"{w.File}|{w.Line}|{w.Kind}").Order(StringComparer.Ordinal).ToList(),
                etlWarnings.Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public void Every_injected_row_error_is_quarantined_at_its_line()
    {
        using var loader = WarehouseLoader.Open(world.Warehouse);
        var quarantined = Support.Warehouse.Lines(loader.Connection,
            "select a.batch_folder, q.file, q.line from quarantine q join load_arrivals a on a.scope = q.scope and a.version_ord = q.version_ord and a.file is null")
            .ToHashSet(StringComparer.Ordinal);
        var injected = world.Summary.InjectedDefects.Where(d => DefectKinds.RowErrors.Contains(d.Kind)).ToList();
        Assert.NotEmpty(injected);
        foreach (var d in injected)
            Assert.Contains($"{world.Folder(d.BatchFolder)}|{d.File}|{d.Line}", quarantined);
    }

    [Fact]
    public void Loading_the_tiny_world_in_reverse_order_gives_the_same_history()
    {
        List<string> Dump(IEnumerable<string> folders)
        {
            var db = Path.Combine(world.Root, $"perm-{Guid.NewGuid():N}.duckdb");
            using var loader = WarehouseLoader.Open(db);
            foreach (var f in folders) loader.Load([f]);
            return Canonical.Dump(loader.Connection);
        }
        var folders = world.Summary.BatchFolders.Select(world.Folder).ToList();
        Assert.Equal(Dump(folders), Dump(Enumerable.Reverse(folders)));
    }
}
