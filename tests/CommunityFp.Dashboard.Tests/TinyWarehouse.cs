using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Warehouse;
using CommunityFp.Etl;
using CommunityFp.Generator;
using CommunityFp.Models;
using DuckDB.NET.Data;

namespace CommunityFp.Dashboard.Tests;

/// <summary>
/// The generator's tiny world (seed 7) loaded and built once per test run (~30–40 s), shared by every test of the
/// <see cref="WarehouseCollection"/>. Tests read it only. Also knows the tree's codes, so tests do not hard-code them.
/// </summary>
public sealed class TinyWarehouse : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cfp-dashboard-tests-" + Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Root, "warehouse.duckdb");

    /// <summary>The district of the tiny world, its streets and each street's communities.</summary>
    public string District { get; }
    public IReadOnlyList<string> Streets { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<(string Code, string Name)>> Communities { get; }

    /// <summary>The year assessed (as <c>cfp assess --year 2007</c>) and its stored run.</summary>
    public const int AssessedYear = 2007;
    public string RunId { get; }

    /// <summary>The hand-made one-vote veto (see <see cref="HandMadeVeto"/>): its community, street and evidence record.</summary>
    public HandMadeVeto Veto { get; }

    public TinyWarehouse()
    {
        var batches = Path.Combine(Root, "batches");
        RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, batches, Seed: 7));
        using (var loader = WarehouseLoader.Open(DatabasePath))
        {
            loader.Load([batches]);
            ModelBuilder.BuildWarehouse(loader.Connection, ModelCatalog.LoadProductModels(), null);
            var units = Rows(loader.Connection, "select code, name, level, parent_code from stg_org_units where level <= 4 order by code");
            District = units.First(u => u.Level == 2).Code;
            Streets = units.Where(u => u.Level == 3).Select(u => u.Code).ToList();
            Communities = Streets.ToDictionary(s => s, s => (IReadOnlyList<(string, string)>)units.Where(u => u.Level == 4 && u.Parent == s).Select(u => (u.Code, u.Name)).ToList());
            Veto = HandMadeVeto.Make(loader.Connection, Streets[1]);
            RunId = new AssessmentRunner(loader.Connection).Run(DefaultSchemes.ForYear(AssessedYear), AssessedYear, null).RunId;
        }
    }

    /// <summary>A street of the tiny world other than <paramref name="street"/>.</summary>
    public string OtherStreet(string street) => Streets.First(s => s != street);

    private static List<(string Code, string Name, int Level, string? Parent)> Rows(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<(string, string, int, string?)>();
        while (r.Read()) rows.Add((r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2)), r.IsDBNull(3) ? null : r.GetString(3)));
        return rows;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The tiny warehouse and the dashboard serving it, started once for every test class of the collection.</summary>
public sealed class DashboardFixture : IDisposable
{
    public TinyWarehouse Warehouse { get; } = new();
    public DashboardFactory Factory { get; }

    public DashboardFixture() => Factory = new DashboardFactory(Warehouse);

    public void Dispose()
    {
        Factory.Dispose();
        Warehouse.Dispose();
    }
}

/// <summary>Every test class that reads the tiny warehouse: it is built once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class WarehouseCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "tiny warehouse";
}
