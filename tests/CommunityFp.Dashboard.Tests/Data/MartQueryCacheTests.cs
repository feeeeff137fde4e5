using CommunityFp.Dashboard.Data;
using CommunityFp.Etl;

namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>Cached mart queries: served again while the warehouse is unchanged, read afresh after any commit.</summary>
public sealed class MartQueryCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cfp-cache-").FullName;
    private readonly WarehouseLoader _warehouse;
    private readonly MartQueryCache _cache;

    public MartQueryCacheTests()
    {
        _warehouse = WarehouseLoader.Open(Path.Combine(_root, "warehouse.duckdb"));
        Execute("create table t (x integer); insert into t values (1)");
        _cache = new MartQueryCache(_warehouse.DatabasePath);
    }

    [Fact]
    public void An_unchanged_warehouse_is_not_queried_again()
    {
        var reads = 0;
        List<long> Count() { reads++; return [CountRows()]; }

        Assert.Equal([1L], _cache.GetOrLoad("count", Count));
        Assert.Equal([1L], _cache.GetOrLoad("count", Count));
        Assert.Equal(1, reads);
    }

    [Fact]
    public void A_commit_makes_the_next_read_see_the_new_rows()
    {
        List<long> Count() => [CountRows()];
        Assert.Equal([1L], _cache.GetOrLoad("count", Count));

        Execute("insert into t values (2)");

        Assert.Equal([2L], _cache.GetOrLoad("count", Count));
    }

    [Fact]
    public void Different_keys_are_different_entries()
    {
        Assert.Equal(["a"], _cache.GetOrLoad<string>("a", () => ["a"]));
        Assert.Equal(["b"], _cache.GetOrLoad<string>("b", () => ["b"]));
        Assert.Equal(["a"], _cache.GetOrLoad<string>("a", () => ["changed"]));
    }

    private long CountRows()
    {
        using var c = _warehouse.OpenReader();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "select count(*) from t";
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private void Execute(string sql)
    {
        using var cmd = _warehouse.Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
