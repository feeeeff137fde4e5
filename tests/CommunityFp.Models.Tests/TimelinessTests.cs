using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// reporting_timeliness: an event is timely when the first batch showing it has as_of ≤ event date + 31 days,
/// and counted only when observable (a batch as of event date + 31 days or later). Batches 2006-12-31 to 2007-05-31.
/// </summary>
public sealed class TimelinessTests : IDisposable
{
    private readonly FixtureWarehouse _warehouse = FixtureWarehouse.Build(new FixtureWorld("2006-12-31", "2007-05-31")
        .Woman("tw")
        // reported in the February batch: timely
        .Birth("t1_on_time", "tw", "2007-02-10")
        // first shown in the March batch (31 Mar > 10 Feb + 31 days): late
        .Birth("t2_late", "tw", "2007-02-10", when: v => v.AsOf >= D("2007-03-31"))
        // started 28 Feb, first shown as of 31 Mar = 28 Feb + 31 days: timely (inclusive)
        .Measure("t3_measure", "tw", 6, "2007-02-28", when: v => v.AsOf >= D("2007-03-31"))
        // died 5 Feb, first shown dead as of 31 Mar: late
        .Resident("d1", 1, when: v => v.AsOf < D("2007-03-31"))
        .Resident("d1", 1, status: 3, statusDate: "2007-02-05", when: v => v.AsOf >= D("2007-03-31"))
        // pregnancy registered 1 Mar, shown as of 31 Mar: timely
        .Add("pregnancies", new { pregnancy_id = "t5_pregnancy", woman_id = "tw", registered_date = "2007-03-01", outcome = 0 })
        // tm lived in C2 and moved out on 5 March; her pregnancy registered on 20 March goes to C2, the last
        // community she was present in
        .Woman("tm", community: C2, when: v => v.AsOf < D("2007-03-31"))
        .Woman("tm", community: C2, status: 2, statusDate: "2007-03-05", when: v => v.AsOf >= D("2007-03-31"))
        .Add("pregnancies", new { pregnancy_id = "t6_after_moving_out", woman_id = "tm", registered_date = "2007-03-20", outcome = 0 })
        // born 10 May: the last batch is as of 31 May < 10 Jun, so not observable yet
        .Birth("t4_unobservable", "tw", "2007-05-10"));

    [Fact]
    public void February_has_two_timely_events_of_four()
    {
        Assert.Equal(0, _warehouse.QuarantinedRows);
        Assert.Equal((2.0, (double?)4.0), _warehouse.Fraction("reporting_timeliness", C1, "2007-02"));
    }

    [Fact]
    public void Each_event_is_judged_by_its_first_appearance()
    {
        var timely = _warehouse.Query("select event_id, timely from core_timeliness_events order by event_id")
            .ToDictionary(r => (string)r[0]!, r => (bool)r[1]!);
        Assert.True(timely["t1_on_time"]);
        Assert.False(timely["t2_late"]);
        Assert.True(timely["t3_measure"]);
        Assert.False(timely["d1"]);
        Assert.True(timely["t5_pregnancy"]);
        Assert.False(timely["t4_unobservable"]);
    }

    [Fact]
    public void Events_that_are_not_yet_observable_are_not_counted()
    {
        Assert.Equal((1.0, (double?)1.0), _warehouse.Fraction("reporting_timeliness", C1, "2007-03"));
        var may = _warehouse.Get("reporting_timeliness", C1, "2007-05")!;
        Assert.Equal(0.0, may.Denominator);
        Assert.Null(may.Value);
    }

    [Fact]
    public void A_womans_event_goes_to_the_last_community_she_was_present_in()
    {
        var community = _warehouse.Query("select community_code from core_timeliness_events where event_id = 't6_after_moving_out'");
        Assert.Equal(C2, (string)community.Single()[0]!);
        // the pregnancy and her move-out, both first shown as of 31 March
        Assert.Equal((2.0, (double?)2.0), _warehouse.Fraction("reporting_timeliness", C2, "2007-03"));
    }

    public void Dispose() => _warehouse.Dispose();
}
