using CommunityFp.Assessment.Indicators;
using CommunityFp.Assessment.Scoring;
using CommunityFp.Assessment.Warehouse;
using DuckDB.NET.Data;

namespace CommunityFp.Cli.Tests;

/// <summary>
/// The ‰ rates reach the assessment with the value the mart shows: births ÷ mean population × 1000, not scaled twice
/// and not lost to a denominator rounded to a whole thousand of person-years (tiny world, every community and year).
/// </summary>
public sealed class PerMilleRateTests(BuiltTinyWarehouse warehouse) : IClassFixture<BuiltTinyWarehouse>
{
    [Theory]
    [InlineData("birth_rate")]
    [InlineData("death_rate")]
    [InlineData("natural_growth_rate")]
    public void The_assessment_reads_a_per_mille_rate_as_the_mart_shows_it(string indicator)
    {
        using var connection = new DuckDBConnection("DataSource=" + warehouse.Database + ";ACCESS_MODE=READ_ONLY");
        connection.Open();
        var inputs = WarehouseAssessmentInputs.Read(connection, new BuildInputs(null, [], ""));
        var definition = IndicatorCatalog.Find(indicator)!;
        using var command = connection.CreateCommand();
        command.CommandText = """
            select cast(org_code as varchar), cast(period as integer), value, denominator
            from indicator_values
            where period_type = 'year' and indicator = $indicator and org_level = 'community' and value is not null
            """;
        command.Parameters.Add(new DuckDBParameter("indicator", indicator));
        using var reader = command.ExecuteReader();
        var compared = 0;
        var smallCommunities = 0;
        while (reader.Read())
        {
            var (unit, year, martValue) = (reader.GetString(0), reader.GetInt32(1), reader.GetDouble(2));
            var measured = Measurement.Of(definition, inputs.Get(unit, indicator, year));
            Assert.True(measured.HasData, $"{unit} {year}: no data");
            Assert.Equal(martValue, (double)measured.Value!.Value.ToDecimal(), 6);
            if (reader.GetDouble(3) < 0.5) smallCommunities++; // under 500 person-years: rounded to 0 before
            compared++;
        }
        Assert.True(compared >= 4, $"{compared} community-years compared"); // the tiny world: 4 communities, one whole year
        Assert.True(smallCommunities > 0, "the tiny world has no community under 500 person-years to try");
    }
}
