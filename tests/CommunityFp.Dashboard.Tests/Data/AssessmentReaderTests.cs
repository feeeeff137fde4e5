using CommunityFp.Dashboard.Data;
using CommunityFp.Etl;

namespace CommunityFp.Dashboard.Tests.Data;

/// <summary>The assessment queries over the fixture's stored 2007 run: territory filtering and the hand-made veto's rows.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class AssessmentReaderTests(DashboardFixture fixture) : IDisposable
{
    private readonly WarehouseLoader _loader = WarehouseLoader.Open(fixture.Warehouse.DatabasePath);
    private WarehouseReader Reader => new(_loader, new MartQueryCache(_loader.DatabasePath));
    private TinyWarehouse World => fixture.Warehouse;
    private static readonly Territory City = new("2202");

    [Fact]
    public void The_fixture_holds_one_stored_run_of_2007()
    {
        var run = Assert.Single(Reader.AssessmentRuns());
        Assert.Equal((World.RunId, 2007, "jilin-community-2007"), (run.RunId, run.Year, run.Scheme));
    }

    [Fact]
    public void The_communitys_veto_holds_for_it_and_propagates_to_its_street_with_one_evidence_record()
    {
        var vetoes = Reader.Vetoes(City, World.RunId, "2202");
        Assert.Equal([(World.Veto.Street, true), (World.Veto.Community, false)], vetoes.Select(v => (v.UnitCode, v.Propagated)));
        Assert.All(vetoes, v => Assert.Equal((HandMadeVeto.Rule, World.Veto.Community, 1, 1L), (v.RuleId, v.OriginUnitCode, v.EvidenceCount, v.Numerator)));
        Assert.Equal([World.Veto.Community, World.Veto.Street], vetoes[0].Path);
        var evidence = Reader.VetoEvidence(City, World.RunId, "2202")[(World.Veto.Community, HandMadeVeto.Rule, World.Veto.Community)].Single();
        Assert.Equal(new VetoEvidence(HandMadeVeto.Register, World.Veto.RecordId, World.Veto.RecordDate, World.Veto.Community), evidence);
    }

    [Fact]
    public void Another_streets_vetoes_and_evidence_are_not_read_for_a_street_territory()
    {
        var own = World.OtherStreet(World.Veto.Street);
        var territory = new Territory(own);
        Assert.Empty(Reader.Vetoes(territory, World.RunId, own));
        Assert.Empty(Reader.VetoEvidence(territory, World.RunId, own));
        Assert.All(Reader.AssessedUnits(territory, World.RunId, own), u => Assert.StartsWith(own, u.Code, StringComparison.Ordinal));
        Assert.Throws<TerritoryDeniedException>(() => Reader.Vetoes(territory, World.RunId, World.Veto.Street));
        Assert.Throws<TerritoryDeniedException>(() => Reader.Criteria(territory, World.RunId, World.Veto.Community));
        Assert.Throws<TerritoryDeniedException>(() => Reader.Standards(territory, World.RunId, World.Veto.Community));
        Assert.Throws<TerritoryDeniedException>(() => Reader.AssessedUnits(territory, World.RunId, World.District));
    }

    [Fact]
    public void A_vetoed_community_attains_no_standard_and_says_the_veto_is_why()
    {
        var standards = Reader.Standards(City, World.RunId, World.Veto.Community);
        Assert.Equal(["dabiao", "xianjin"], standards.Select(s => s.Id));
        Assert.All(standards, s => Assert.False(s.Attained));
        Assert.All(standards, s => Assert.False(s.NotVetoed));
        Assert.True(Reader.AssessedUnit(City, World.RunId, World.Veto.Community)!.Vetoed);
    }

    [Fact]
    public void A_units_criteria_come_in_scheme_order_with_points_and_points_lost_adding_up_to_the_weights()
    {
        var criteria = Reader.Criteria(City, World.RunId, World.Communities[World.Streets[0]][0].Code);
        Assert.Equal("policy_compliant_birth_rate", criteria[0].Indicator);
        Assert.Equal(Enumerable.Range(0, criteria.Count), criteria.Select(c => c.Order));
        Assert.All(criteria.Where(c => c.WhenNoData == "has_data"), c => Assert.Equal(c.Weight, c.Points + c.PointsLost, 5));
    }

    [Fact]
    public void The_scheme_targets_are_read_with_their_direction()
    {
        var targets = Reader.IndicatorTargets(World.RunId);
        Assert.Equal(new IndicatorTarget("contraceptive_prevalence", 0.85, "higher"), targets["contraceptive_prevalence"]);
        Assert.Equal(0.95, targets["policy_compliant_birth_rate"].Target);
    }

    [Fact]
    public void Standard_names_are_read_per_level_in_scheme_order()
    {
        var names = Reader.StandardNames(World.RunId);
        Assert.Equal("达标", names[("community", "dabiao")]);
        Assert.Equal(["dabiao", "xianjin"], names.Keys.Where(k => k.Level == "community").Select(k => k.Id));
    }

    [Fact]
    public void The_city_target_rows_are_hidden_from_a_district_territory()
    {
        var run = Reader.AssessmentRuns().Single();
        Assert.Equal(2, Reader.Targets(City, run).Count);
        Assert.Empty(Reader.Targets(new Territory(World.District), run));
    }

    [Fact]
    public void Shares_by_year_are_parsed()
    {
        Assert.Equal([new TargetYearShare(2006, 3, 5), new TargetYearShare(2007, 4, 5)], WarehouseReader.ParseShares("2006:3/5 2007:4/5"));
        Assert.Equal(0.8, WarehouseReader.ParseShares("2007:4/5")[0].Share);
    }

    public void Dispose() => _loader.Dispose();
}
