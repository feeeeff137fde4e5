using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// A world with only two batches, as of 31 December 2006 and 2007 (the months between take the 2006 state):
/// only-child rewards for 2007, residents' evaluations, publicity activities, hospital-birth matching and the
/// batch-quality counts.
/// </summary>
public sealed class AnnualWorld : IDisposable
{
    private static readonly string[] MonthsWithoutBatch =
        Enumerable.Range(1, 11).Select(m => new DateOnly(2007, m, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd")).ToArray();

    private static readonly DateOnly LastBatch = D("2007-12-31");

    internal static readonly string MotherCitizenId = Rows.CitizenId("22020219800101002");

    internal FixtureWarehouse Warehouse { get; } = FixtureWarehouse.Build(new FixtureWorld("2006-12-31", "2007-12-31", MonthsWithoutBatch)
        // honour certificates (type 3) and the 2007 only-child reward
        .Woman("hh1").Certificate("h1", 3, "hh1", "2005-01-01")
        .Add("rewards", new { payment_id = "r1", type = 1, beneficiary_id = "hh1", period = 2007, amount = "120.00", paid_date = "2007-11-01" })
        .Woman("hh2").Resident("hs2", 1).Certificate("h2", 3, "hh2", "2005-01-01", spouse: "hs2")
        .Add("rewards", new { payment_id = "r2", type = 1, beneficiary_id = "hs2", period = 2007, amount = "120.00", paid_date = "2007-12-20" })
        .Woman("hh3").Certificate("h3", 3, "hh3", "2005-01-01")
        .Add("rewards", new { payment_id = "r3", type = 1, beneficiary_id = "hh3", period = 2007, amount = "120.00" })
        .Woman("hh4").Certificate("h4", 3, "hh4", "2005-01-01")
        .Add("rewards", new { payment_id = "r4", type = 1, beneficiary_id = "hh4", period = 2006, amount = "120.00", paid_date = "2006-10-01" })
        .Woman("hh5", when: v => v.AsOf < LastBatch).Woman("hh5", status: 2, statusDate: "2007-06-01", when: v => v.AsOf >= LastBatch)
        .Certificate("h5", 3, "hh5", "2005-01-01")
        .Add("rewards", new { payment_id = "r5", type = 1, beneficiary_id = "hh5", period = 2007, amount = "120.00", paid_date = "2007-05-01" })
        .Woman("hh6").Certificate("h6", 3, "hh6", "2007-12-31")
        .Woman("hh7").Certificate("h7", 3, "hh7", "2005-01-01")
        .Add("rewards", new { payment_id = "r7", type = 2, beneficiary_id = "hh7", period = 2007, amount = "3000.00", paid_date = "2007-05-01" })
        // an evaluation with the published 81 satisfied of 263 respondents
        .Add("evaluations", new { evaluation_id = "e1", community_code = C1, evaluation_date = "2007-02-15", households_invited = 300, respondents = 263, satisfied = 81 })
        // activities: one by the street itself, one by a community of it, one by a community of the other street
        .Add("activities", new { activity_id = "act1", org_code = Street1, activity_date = "2007-03-10", type = 1, participants = 40 })
        .Add("activities", new { activity_id = "act2", org_code = C1, activity_date = "2007-03-12", type = 2, participants = 15 })
        .Add("activities", new { activity_id = "act3", org_code = C3, activity_date = "2007-03-20", type = 5, participants = 60 })
        // a row error in the 2007 batch: an activity of a unit the batch does not know
        .Add("activities", new { activity_id = "act4", org_code = "220202009001", activity_date = "2007-04-01", type = 1, participants = 5 },
            when: v => v.AsOf >= LastBatch)
        // a warning in the 2007 batch: a citizen id with a wrong check character
        .Woman("bad_id", citizenId: "220202198001010031", when: v => v.AsOf >= LastBatch)
        // hospital births: the first matches an FP birth two days apart by the mother's citizen id (lower-case x
        // in neither); the second has no FP birth
        .Woman("hm", citizenId: MotherCitizenId)
        .Birth("hb_fp", "hm", "2007-06-12")
        .Add("ext_hospital_births", new { record_id = "x1", mother_citizen_id = MotherCitizenId, birth_date = "2007-06-10", child_sex = 1, residence_code = C1 })
        .Add("ext_hospital_births", new { record_id = "x2", mother_citizen_id = Rows.CitizenId("22020219850505004"), birth_date = "2007-06-20", child_sex = 2, residence_code = C1 }));

    public void Dispose() => Warehouse.Dispose();
}

public sealed class AnnualAndCommunityWorkTests(AnnualWorld world) : IClassFixture<AnnualWorld>
{
    private readonly FixtureWarehouse _warehouse = world.Warehouse;

    [Fact]
    public void Rewards_are_delivered_to_the_holder_or_the_spouse_of_present_holders()
    {
        // h1 (holder) and h2 (spouse) paid; h3 unpaid, h4 paid for 2006, h6 no payment, h7 another reward type;
        // h5's holder moved out before 31 December
        Assert.Equal((2.0, (double?)6.0), _warehouse.Fraction("only_child_reward_delivery_rate", C1, "2007"));
        Assert.Equal((2.0, (double?)6.0), _warehouse.Fraction("only_child_reward_delivery_rate", City, "2007"));
    }

    [Fact]
    public void Rewards_are_reported_for_years_only() =>
        Assert.Null(_warehouse.Get("only_child_reward_delivery_rate", C1, "2007-12"));

    [Fact]
    public void Satisfaction_carries_the_published_Wilson_interval()
    {
        var figure = _warehouse.Get("satisfaction_rate", C1, "2007-02")!;
        Assert.Equal((81.0, 263.0), (figure.Numerator, figure.Denominator!.Value));
        Assert.Equal(0.2553, figure.CiLow!.Value, 4);
        Assert.Equal(0.3662, figure.CiHigh!.Value, 4);
        Assert.Equal((263.0, (double?)300.0), _warehouse.Fraction("evaluation_participation_rate", District, "2007-Q1"));
    }

    [Fact]
    public void Own_activities_are_the_units_own_and_activities_include_the_units_below()
    {
        Assert.Equal(1.0, _warehouse.Fraction("own_activities", Street1, "2007-03").Numerator);
        Assert.Equal(2.0, _warehouse.Fraction("activities", Street1, "2007-03").Numerator);
        Assert.Equal(1.0, _warehouse.Fraction("activities", C1, "2007-03").Numerator);
        Assert.Equal(0.0, _warehouse.Fraction("own_activities", District, "2007-03").Numerator);
        Assert.Equal(3.0, _warehouse.Fraction("activities", District, "2007-03").Numerator);
    }

    [Fact]
    public void Hospital_births_are_matched_by_the_mothers_citizen_id_within_3_days() =>
        Assert.Equal((1.0, (double?)2.0), _warehouse.Fraction("birth_registration_completeness", C1, "2007-06"));

    [Fact]
    public void A_row_error_of_a_record_never_loaded_counts_for_the_batch_scope_and_above()
    {
        Assert.Equal(1, _warehouse.QuarantinedRows);
        Assert.Equal(1.0, _warehouse.Fraction("quarantined_rows", District, "2007-12").Numerator);
        Assert.Equal(1.0, _warehouse.Fraction("quarantined_rows", City, "2007").Numerator);
        Assert.Equal(0.0, _warehouse.Fraction("quarantined_rows", Street1, "2007-12").Numerator);
        Assert.Equal(0.0, _warehouse.Fraction("quarantined_rows", C1, "2007-12").Numerator);
    }

    [Fact]
    public void A_warning_counts_for_the_records_community_and_above()
    {
        Assert.Equal(1.0, _warehouse.Fraction("warnings", C1, "2007-12").Numerator);
        Assert.Equal(1.0, _warehouse.Fraction("warnings", Street1, "2007-Q4").Numerator);
        Assert.Equal(0.0, _warehouse.Fraction("warnings", Street2, "2007-12").Numerator);
        Assert.Equal(1.0, _warehouse.Fraction("warnings", District, "2007").Numerator);
        Assert.Equal(0.0, _warehouse.Fraction("warnings", District, "2007-11").Numerator);
    }

    [Fact]
    public void No_personal_identifier_leaves_the_staging_hash()
    {
        var keys = _warehouse.Query("select citizen_key from stg_resident_citizen_keys where resident_id = 'hm'");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AnnualWorld.MotherCitizenId))),
            (string)keys.Single()[0]!);
    }
}
