using CommunityFp.Etl.Tests.Support;
using CommunityFp.Generator;

namespace CommunityFp.Etl.Tests;

/// <summary>
/// Stand-ins on a generated world where one activity, valid in April 2007, is quarantined in May (its org unit left
/// org_units): the generator's tiny world with seed 7, the case that once got two stand-in rows for one record (an
/// INSERT whose SELECT read the table it inserted into) and so failed the models' unique test as known at June 2007.
/// </summary>
public sealed class StandInTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void A_record_quarantined_once_has_one_stand_in()
    {
        var batches = root.NewFolder("seed7");
        RegisterGenerator.Generate(new GeneratorOptions(GeneratorScale.Tiny, batches, Seed: 7));
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        loader.Load([batches]);
        Assert.True(Warehouse.Count(loader.Connection, "select count(*) from quarantine where record_key is not null and file = 'activities.csv'") > 0,
            "the world no longer quarantines an activity: the case is not tried");
        foreach (var register in new[] { "residents", "births", "contraception", "followups", "pregnancies", "certificates", "rewards", "floating_checks", "activities", "evaluations", "org_units" })
            Assert.Equal(0, Warehouse.Count(loader.Connection,
                $"select count(*) from (select scope, version_ord, record_key from standin_{register} group by all having count(*) > 1)"));
        Assert.True(Warehouse.Count(loader.Connection, "select count(*) from standin_activities") > 0, "no activity stood in");
    }
}
