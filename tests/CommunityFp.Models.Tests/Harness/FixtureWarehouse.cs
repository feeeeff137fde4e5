using System.Globalization;
using CommunityFp.Etl;
using DuckDB.NET.Data;

namespace CommunityFp.Models.Tests.Harness;

/// <summary>An indicator figure as indicator_values holds it.</summary>
internal sealed record Figure(double Numerator, double? Denominator, double? Value, double? CiLow, double? CiHigh);

/// <summary>
/// A warehouse in a temporary folder: the fixture's batches loaded by the ETL, then every product model built as
/// known at a date (or with everything loaded). Queries read indicator_values or any model.
/// </summary>
internal sealed class FixtureWarehouse : IDisposable
{
    private static readonly Lazy<ModelCatalog> Catalog = new(ModelCatalog.LoadProductModels);
    private readonly string _folder;
    private readonly WarehouseLoader _loader;

    private FixtureWarehouse(string folder, WarehouseLoader loader)
    {
        _folder = folder;
        _loader = loader;
    }

    public ModelBuildSummary Summary { get; private set; } = null!;

    public LoadRunSummary LoadSummary { get; private set; } = null!;

    /// <summary>Rows quarantined over every loaded batch (a hand-written fixture should have none unless it means to).</summary>
    public long QuarantinedRows => LoadSummary.Batches.Sum(b => b.RowsQuarantined);

    public DuckDBConnection Connection => _loader.Connection;

    /// <summary>Writes and loads the world's batches, then builds the models as known at <paramref name="asKnownAt"/>.</summary>
    public static FixtureWarehouse Build(FixtureWorld world, string? asKnownAt = null) => Build([world], asKnownAt);

    /// <summary>Writes and loads several worlds (of different scopes) into one warehouse, then builds the models.</summary>
    public static FixtureWarehouse Build(IReadOnlyList<FixtureWorld> worlds, string? asKnownAt = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cfp-models-" + Guid.NewGuid().ToString("N"));
        var batches = Path.Combine(folder, "batches");
        foreach (var world in worlds) world.WriteTo(batches);
        return Load(folder, [batches], asKnownAt);
    }

    /// <summary>Loads existing batch folders into a new warehouse and builds the models.</summary>
    public static FixtureWarehouse Load(string folder, IReadOnlyList<string> batchPaths, string? asKnownAt = null)
    {
        Directory.CreateDirectory(folder);
        var loader = WarehouseLoader.Open(Path.Combine(folder, "warehouse.duckdb"));
        var warehouse = new FixtureWarehouse(folder, loader);
        warehouse.LoadSummary = loader.Load(batchPaths);
        if (warehouse.LoadSummary.Batches.FirstOrDefault(b => b.Result == BatchResult.Refused) is { } refused)
            throw new InvalidOperationException($"fixture batch {refused.BatchFolder} refused: {refused.Reason}");
        warehouse.Rebuild(asKnownAt);
        return warehouse;
    }

    /// <summary>Builds every model again as known at <paramref name="asKnownAt"/> (null = everything loaded).</summary>
    public void Rebuild(string? asKnownAt)
    {
        DateOnly? k = asKnownAt is null ? null : FixtureWorld.D(asKnownAt);
        Summary = ModelBuilder.Build(Connection, Catalog.Value, new BuildContext(k, null));
    }

    /// <summary>The figure of an indicator for a unit and period, or null when there is no such row.</summary>
    public Figure? Get(string indicator, string orgCode, string period)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = """
            select numerator, denominator, value, ci_low, ci_high from indicator_values
            where indicator = $indicator and org_code = $org and period = $period
            """;
        command.Parameters.Add(new DuckDBParameter("indicator", indicator));
        command.Parameters.Add(new DuckDBParameter("org", orgCode));
        command.Parameters.Add(new DuckDBParameter("period", period));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        double? Nullable(int i) => reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new Figure(Nullable(0)!.Value, Nullable(1), Nullable(2), Nullable(3), Nullable(4));
    }

    /// <summary>Numerator and denominator of a figure, e.g. (3, 4); a count has a null denominator.</summary>
    public (double Numerator, double? Denominator) Fraction(string indicator, string orgCode, string period)
    {
        var figure = Get(indicator, orgCode, period) ?? throw new Xunit.Sdk.XunitException($"no row for {indicator} {orgCode} {period}");
        return (figure.Numerator, figure.Denominator);
    }

    /// <summary>Rows of a query, each as an array of its values.</summary>
    public List<object?[]> Query(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }

    public T Scalar<T>(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _loader.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
