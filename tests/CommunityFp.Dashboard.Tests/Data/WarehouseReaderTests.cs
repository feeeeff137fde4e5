using CommunityFp.Dashboard.Data;
using CommunityFp.Etl;

namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>The query layer over the tiny warehouse: territory filtering and the population balance.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class WarehouseReaderTests(DashboardFixture fixture) : IDisposable
{
    // The server of the fixture already owns the file; a second loader in the same process shares its database.
    private readonly WarehouseLoader _loader = WarehouseLoader.Open(fixture.Warehouse.DatabasePath);
    private WarehouseReader Reader => new(_loader, new MartQueryCache(_loader.DatabasePath));
    private TinyWarehouse World => fixture.Warehouse;

    [Fact]
    public void A_street_territory_lists_its_street_and_its_communities_only()
    {
        var street = World.Streets[0];
        var units = Reader.Units(new Territory(street));
        Assert.Equal([street, .. World.Communities[street].Select(c => c.Code)], units.Select(u => u.Code));
    }

    [Fact]
    public void Asking_for_a_unit_outside_the_territory_is_refused()
    {
        var territory = new Territory(World.Streets[0]);
        Assert.Throws<TerritoryDeniedException>(() => Reader.Unit(territory, World.OtherStreet(World.Streets[0])));
        Assert.Throws<TerritoryDeniedException>(() => Reader.Series(territory, "births", World.District, "month"));
        Assert.Throws<TerritoryDeniedException>(() => Reader.ValuesOf(territory, World.District, "year", "2007"));
    }

    [Fact]
    public void A_user_without_a_territory_sees_nothing()
    {
        Assert.Empty(Reader.Units(Territory.None));
        Assert.Null(Reader.RootUnit(Territory.None));
    }

    [Fact]
    public void The_root_unit_of_a_city_user_is_the_top_of_the_tree()
    {
        var root = Reader.RootUnit(new Territory("2202"));
        Assert.NotNull(root);
        Assert.True(root.Level <= 2);
    }

    [Fact]
    public async Task The_population_balance_of_every_street_in_2007_balances()
    {
        var data = DashboardData.ForTerritory(Reader, new Territory("2202"));
        foreach (var street in World.Streets)
        {
            var balance = await data.PopulationAsync((await data.UnitOrRootAsync(street))!, "2007");
            Assert.NotNull(balance);
            Assert.True(balance.Balances, $"{street}: {balance.PopulationStart} + {balance.EntriesTotal} − {balance.ExitsTotal} ≠ {balance.Population}");
            Assert.True(balance.Population > 0);
        }
    }

    [Fact]
    public async Task The_headlines_compare_a_year_with_the_previous_one()
    {
        var data = DashboardData.ForTerritory(Reader, new Territory(World.District));
        var headlines = await data.HeadlinesAsync((await data.RootUnitAsync())!, "2007");
        Assert.Equal(["population", "births", "birth_rate"], headlines.Select(h => h.Indicator.Id));
        var population = headlines[0];
        Assert.NotNull(population.Value);
        Assert.Equal(population.Value - population.PreviousValue, population.Change);
    }

    public void Dispose() => _loader.Dispose();
}
