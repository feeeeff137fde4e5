using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// The population pyramid (population_age_sex) at the end of 2007: exact ages at 31 December put each person in
/// one five-year band, 85 and over share the top band, only present residents count, and a street's bands are the
/// sums over its communities.
/// </summary>
public sealed class PyramidWorld : IDisposable
{
    internal FixtureWarehouse Warehouse { get; } = FixtureWarehouse.Build(new FixtureWorld("2006-12-31", "2007-12-31")
        .Resident("m4", 1, birthDate: "2003-01-01")                  // 4 on 31 Dec 2007 (5 on 1 Jan 2008): 0-4
        .Resident("m5", 1, birthDate: "2002-12-31")                  // 5 on its birthday, 31 Dec 2007: 5-9
        .Woman("w49", birthDate: "1958-06-30")                       // 49: 45-49
        .Woman("w90", birthDate: "1917-03-03", marital: 30)          // 90: 85+
        .Woman("w86", birthDate: "1921-01-01", marital: 30, community: C2)   // 86, in the street's other community: 85+
        .Resident("gone", 1, birthDate: "2003-06-01", status: 2, statusDate: "2007-11-15",
            when: v => v.AsOf >= D("2007-11-30"))                    // moved out: not present at the year end
        .Resident("gone", 1, birthDate: "2003-06-01", when: v => v.AsOf < D("2007-11-30")));

    public void Dispose() => Warehouse.Dispose();
}

public sealed class PopulationPyramidTests(PyramidWorld world) : IClassFixture<PyramidWorld>
{
    private readonly FixtureWarehouse _warehouse = world.Warehouse;

    private Dictionary<string, long> Bands(string org) =>
        _warehouse.Query($"select sex, age_band, residents from population_age_sex where org_code = '{org}' and period = '2007'")
            .ToDictionary(r => $"{r[0]}:{r[1]}", r => Convert.ToInt64(r[2]));

    [Fact]
    public void Exact_ages_at_31_December_place_each_present_resident_in_one_band()
    {
        Assert.Equal(new Dictionary<string, long> { ["1:0-4"] = 1, ["1:5-9"] = 1, ["2:45-49"] = 1, ["2:85+"] = 1 }, Bands(C1));
    }

    [Fact]
    public void A_street_sums_its_communities_and_the_bands_sum_to_its_population()
    {
        var street = Bands(Street1);
        Assert.Equal(2, street["2:85+"]);
        Assert.Equal(_warehouse.Fraction("population", Street1, "2007").Item1, street.Values.Sum());
    }
}
