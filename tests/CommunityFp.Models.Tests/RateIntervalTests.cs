using System.Globalization;
using CommunityFp.Models.Tests.Harness;

namespace CommunityFp.Models.Tests;

/// <summary>
/// "Rates carry a 95% Wilson score interval" (indicators.md) for the rates that are not proportions: birth and death
/// rates through the score interval of a Poisson rate (Wilson's in the limit of rare events), the sex ratio at birth through the male share, none for natural growth.
/// Checked on every row of a small world (three boys and two girls born in February 2007) against intervals computed
/// here, independently of the macros.
/// </summary>
public sealed class RateWorld : IDisposable
{
    internal FixtureWarehouse Warehouse { get; } = FixtureWarehouse.Build(Births(new FixtureWorld("2006-12-31", "2007-04-30")));

    private static FixtureWorld Births(FixtureWorld world)
    {
        var sexes = new[] { 1, 1, 1, 2, 2 };
        for (var i = 0; i < sexes.Length; i++)
        {
            world.Woman($"mo{i}").Birth($"b{i}", $"mo{i}", "2007-02-10", sex: sexes[i]);
        }
        return world;
    }

    public void Dispose() => Warehouse.Dispose();
}

public sealed class RateIntervalTests(RateWorld world) : IClassFixture<RateWorld>
{
    private readonly FixtureWarehouse _warehouse = world.Warehouse;

    [Fact]
    public void Birth_and_death_rates_carry_the_score_interval_of_events_over_thousands_of_person_years()
    {
        const double z = 1.959963984540054;
        var rows = Rows("birth_rate", "death_rate");
        Assert.Contains(rows, r => r.Numerator > 0);
        Assert.Contains(rows, r => r.Numerator == 0);
        foreach (var r in rows)
        {
            var (x, t) = (r.Numerator, r.Denominator);
            Assert.Equal(Math.Max(0, (x + z * z / 2 - z * Math.Sqrt(x + z * z / 4)) / t), r.Low!.Value, 9);
            Assert.Equal((x + z * z / 2 + z * Math.Sqrt(x + z * z / 4)) / t, r.High!.Value, 9);
            Assert.InRange(r.Value, r.Low.Value, r.High.Value);
            Assert.True(r.High > r.Low, "an interval with no width"); // zero events still leave an upper limit
        }
    }

    [Fact]
    public void The_poisson_score_interval_of_a_worked_example()
    {
        // 10 births in 1,000 person-years (t = 1 thousand): 10 + 1.92 ∓ 1.96 √(10.96) = 5.432 to 18.409 per 1,000;
        // none at all: 0 to 3.84 per 1,000
        var row = _warehouse.Query("select poisson_score_low(10, 1), poisson_score_high(10, 1), poisson_score_low(0, 1), poisson_score_high(0, 1)").Single();
        Assert.Equal(5.432, D(row[0])!.Value, 3);
        Assert.Equal(18.409, D(row[1])!.Value, 3);
        Assert.Equal(0.0, D(row[2])!.Value, 9);
        Assert.Equal(3.841, D(row[3])!.Value, 3);
    }

    [Fact]
    public void The_sex_ratio_at_birth_carries_the_wilson_interval_of_the_male_share_as_males_per_100_females()
    {
        var rows = Rows("sex_ratio_at_birth");
        Assert.NotEmpty(rows);
        foreach (var r in rows)
        {
            var (low, high) = Wilson(r.Numerator, r.Numerator + r.Denominator);
            Assert.Equal(100 * low / (1 - low), r.Low!.Value, 9);
            if (high < 1) Assert.Equal(100 * high / (1 - high), r.High!.Value, 9);
            else Assert.Null(r.High); // no female birth in the upper limit: no finite ratio
            Assert.InRange(r.Value, r.Low.Value, r.High ?? double.PositiveInfinity);
        }
    }

    [Fact]
    public void The_natural_growth_rate_has_no_interval() =>
        Assert.Empty(_warehouse.Query("select * from indicator_values where indicator = 'natural_growth_rate' and (ci_low is not null or ci_high is not null)"));

    private sealed record Row(double Numerator, double Denominator, double Value, double? Low, double? High);

    private List<Row> Rows(params string[] indicators) =>
        _warehouse.Query($"""
                select numerator, denominator, value, ci_low, ci_high from indicator_values
                where indicator in ({string.Join(", ", indicators.Select(i => $"'{i}'"))}) and denominator > 0
                """)
            .Select(r => new Row(D(r[0])!.Value, D(r[1])!.Value, D(r[2])!.Value, D(r[3]), D(r[4])))
            .ToList();

    private static double? D(object? v) => v is null or DBNull ? null : Convert.ToDouble(v, CultureInfo.InvariantCulture);

    private static (double Low, double High) Wilson(double x, double n)
    {
        const double z = 1.959963984540054;
        var p = x / n;
        var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        var half = z * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
