using DuckDB.NET.Data;

namespace CommunityFp.Models.Tests;

/// <summary>The shared wilson_low / wilson_high macros against published values.</summary>
public sealed class WilsonIntervalTests
{
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    public void Wilson_score_interval_at_95_percent(int numerator, int denominator, double low, double high)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var (_, sql) in ModelCatalog.LoadProductModels().Macros)
        {
            using var create = connection.CreateCommand();
            create.CommandText = sql;
            create.ExecuteNonQuery();
        }
        using var command = connection.CreateCommand();
        command.CommandText = "select wilson_low($n::double, $d::double), wilson_high($n::double, $d::double)";
        command.Parameters.Add(new DuckDBParameter("n", numerator));
        command.Parameters.Add(new DuckDBParameter("d", denominator));
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal(low, reader.GetDouble(0), 4);
        Assert.Equal(high, reader.GetDouble(1), 4);
    }
}
