using System.Net;
using CommunityFp.Dashboard.Charts;
using CommunityFp.Dashboard.Data;
using CommunityFp.Etl;

namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>The age–sex pyramid: the mart's bands for a unit, the chart's text alternative, the page, the territory.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class PopulationPyramidTests(DashboardFixture fixture) : IDisposable
{
    private readonly WarehouseLoader _loader = WarehouseLoader.Open(fixture.Warehouse.DatabasePath);
    private WarehouseReader Reader => new(_loader, new MartQueryCache(_loader.DatabasePath));
    private TinyWarehouse World => fixture.Warehouse;

    [Fact]
    public void The_bands_of_a_unit_sum_to_its_population_at_the_year_end()
    {
        var city = new Territory("2202");
        var bands = Reader.AgeSex(city, World.District, "2007");
        Assert.NotEmpty(bands);
        Assert.Equal(bands.OrderBy(b => b.AgeBandStart).Select(b => b.AgeBandStart), bands.Select(b => b.AgeBandStart));
        var population = Reader.ValuesOf(city, World.District, "year", "2007").Single(v => v.Indicator == "population").Numerator;
        Assert.Equal(population, bands.Sum(b => b.Males + b.Females));
    }

    [Fact]
    public void Another_streets_pyramid_is_refused()
    {
        var street = World.Streets[0];
        Assert.Throws<TerritoryDeniedException>(() => Reader.AgeSex(new Territory(street), World.OtherStreet(street), "2007"));
    }

    [Fact]
    public void The_text_alternative_gives_totals_the_largest_band_and_the_young_and_old_shares()
    {
        AgeSexBand[] bands = [new(0, "0-4", 10, 10), new(30, "30-34", 40, 20), new(65, "65-69", 10, 10)];
        Assert.Equal(
            "Population pyramid — X 2007: 60 males and 40 females; largest band 30-34 (60); aged 0–14 20.0%, 65 and over 20.0%.",
            PopulationPyramidChart.Describe(bands, "X 2007", english: true));
        var chart = PopulationPyramidChart.Render(bands, "X 2007", english: false);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chart.Png[..4]);
        Assert.Equal(["男", "女"], chart.Legend.Select(l => l.Name));
    }

    [Fact]
    public async Task The_population_page_of_a_year_shows_the_pyramid_and_of_a_quarter_says_why_not()
    {
        using var client = await fixture.Factory.SignedInClient("city");
        var year = await client.GetStringAsync($"population?unit={World.District}&period=2007");
        Assert.Contains("data-testid=\"population-pyramid\"", year, StringComparison.Ordinal);
        var quarter = await client.GetAsync($"population?unit={World.District}&period=2007-Q2");
        Assert.Equal(HttpStatusCode.OK, quarter.StatusCode);
        Assert.Contains("data-testid=\"pyramid-year-only\"", await quarter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _loader.Dispose();
}
