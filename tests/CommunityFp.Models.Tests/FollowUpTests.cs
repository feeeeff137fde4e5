using CommunityFp.Models.Tests.Harness;
using static CommunityFp.Models.Tests.Harness.FixtureWorld;

namespace CommunityFp.Models.Tests;

/// <summary>
/// Due-visit schedule, windows and conditions of followup_completion (indicators.md "Due visits"). Batches from
/// 2006-12-31 to 2007-06-30; married women in community C1 unless stated.
/// </summary>
public sealed class FollowUpWorld : IDisposable
{
    internal FixtureWarehouse Warehouse { get; } = FixtureWarehouse.Build(new FixtureWorld("2006-12-31", "2007-06-30")
        // w1: IUD from 15 Jan → due 15 Feb, 15 Apr. Visits at d − 14 (1 Feb) and at d + 30 (15 May): both complete.
        .Woman("w1").Measure("m1", "w1", 1, "2007-01-15").Visit("v1", "w1", "2007-02-01").Visit("v1b", "w1", "2007-05-15")
        // w2: same measure, visit at d − 15 (31 Jan): does not complete 15 Feb; no visit for 15 Apr.
        .Woman("w2").Measure("m2", "w2", 1, "2007-01-15").Visit("v2", "w2", "2007-01-31")
        // w3: pill from 30 Nov 2006 → due 28 Feb (clamped), 30 May; a visit on 30 Mar (28 Feb + 30 days).
        .Woman("w3").Measure("m3", "w3", 6, "2006-11-30").Visit("v3", "w3", "2007-03-30")
        // w4: IUD from 10 Jan, ended 10 Apr → due 10 Feb counts (visit that day); 10 Apr does not (not active).
        .Woman("w4").Measure("m4", "w4", 1, "2007-01-10", end: "2007-04-10").Visit("v4", "w4", "2007-02-10")
        // w5: IUD from 20 Jan, moved out on 10 Feb → 20 Feb does not count (not present at the end of February).
        .Woman("w5", when: v => v.AsOf < D("2007-02-28"))
        .Woman("w5", status: 2, statusDate: "2007-02-10", when: v => v.AsOf >= D("2007-02-28"))
        .Measure("m5", "w5", 1, "2007-01-20")
        // w6: IUD from 20 May → due 20 Jun is not observable (no batch as of 20 Jul or later).
        .Woman("w6").Measure("m6", "w6", 1, "2007-05-20")
        // w8: in community C2: IUD from 5 Jan, ended 20 Mar → due 5 Feb counts; 5 Apr does not (ended before it)
        .Woman("w8", community: C2).Measure("m8", "w8", 1, "2007-01-05", end: "2007-03-20").Visit("v8", "w8", "2007-02-06")
        // w7: in community C3 (another street): condom from 31 Dec → due 31 Mar, visit that day, type 1 but result 4.
        .Woman("w7", community: C3).Measure("m7", "w7", 7, "2006-12-31").Visit("v7", "w7", "2007-03-31", result: 4));

    public void Dispose() => Warehouse.Dispose();
}

public sealed class FollowUpTests(FollowUpWorld world) : IClassFixture<FollowUpWorld>
{
    private readonly FixtureWarehouse _warehouse = world.Warehouse;

    private bool? Completed(string measure, string dueDate)
    {
        var rows = _warehouse.Query($"select completed from core_due_visits where measure_id = '{measure}' and due_date = date '{dueDate}'");
        return rows.Count == 0 ? null : (bool)rows[0][0]!;
    }

    [Fact]
    public void The_fixture_loads_without_row_errors() => Assert.Equal(0, _warehouse.QuarantinedRows);

    [Fact]
    public void A_visit_14_days_before_the_due_date_completes_it() => Assert.True(Completed("m1", "2007-02-15"));

    [Fact]
    public void A_visit_30_days_after_the_due_date_completes_it() => Assert.True(Completed("m1", "2007-04-15"));

    [Fact]
    public void A_visit_15_days_before_the_due_date_does_not_complete_it() => Assert.False(Completed("m2", "2007-02-15"));

    [Fact]
    public void Due_dates_add_calendar_months_clamped_to_the_month_end()
    {
        Assert.True(Completed("m3", "2007-02-28"));
        Assert.False(Completed("m3", "2007-05-30"));
    }

    [Fact]
    public void Long_acting_methods_are_due_at_1_3_6_months_and_short_acting_every_3_months()
    {
        var dates = _warehouse.Query("select measure_id, strftime(due_date, '%Y-%m-%d') from core_due_visits order by 1, 2")
            .Select(r => $"{r[0]} {r[1]}").ToArray();
        Assert.Equal(new[]
        {
            "m1 2007-02-15", "m1 2007-04-15", "m2 2007-02-15", "m2 2007-04-15", "m3 2007-02-28", "m3 2007-05-30",
            "m4 2007-02-10", "m7 2007-03-31", "m8 2007-02-05",
        }, dates);
    }

    [Fact]
    public void A_measure_ending_on_the_due_date_is_not_due() => Assert.Null(Completed("m4", "2007-04-10"));

    [Fact]
    public void A_measure_ending_before_the_due_date_is_not_due()
    {
        Assert.True(Completed("m8", "2007-02-05"));
        Assert.Null(Completed("m8", "2007-04-05"));
        Assert.Equal((1.0, 1.0), Fraction("followup_completion", C2, "2007-02"));
        Assert.Equal((4.0, 5.0), Fraction("followup_completion", Street1, "2007-02"));
    }

    [Fact]
    public void A_woman_not_present_at_the_end_of_the_due_month_is_not_due() => Assert.Null(Completed("m5", "2007-02-20"));

    [Fact]
    public void A_due_date_without_a_batch_30_days_later_is_not_observable()
    {
        Assert.Null(Completed("m6", "2007-06-20"));
        var june = _warehouse.Get("followup_completion", C1, "2007-06")!;
        Assert.Equal((0.0, 0.0), (june.Numerator, june.Denominator!.Value));
        Assert.Null(june.Value);
    }

    [Fact]
    public void A_visit_of_result_not_reached_does_not_complete() => Assert.False(Completed("m7", "2007-03-31"));

    [Fact]
    public void Completion_per_month_and_quarter_in_the_community()
    {
        Assert.Equal((3.0, 4.0), Fraction("followup_completion", C1, "2007-02"));
        Assert.Equal((1.0, 2.0), Fraction("followup_completion", C1, "2007-04"));
        Assert.Equal((0.0, 1.0), Fraction("followup_completion", C1, "2007-05"));
        Assert.Equal((1.0, 3.0), Fraction("followup_completion", C1, "2007-Q2"));
    }

    [Fact]
    public void A_parent_sums_its_whole_territory()
    {
        Assert.Equal((0.0, 1.0), Fraction("followup_completion", C3, "2007-03"));
        Assert.Equal((0.0, 1.0), Fraction("followup_completion", Street2, "2007-03"));
        Assert.Equal((0.0, 0.0), Fraction("followup_completion", Street1, "2007-03"));
        // Q2 of the district = every due date of its territory with due date in April–June, counted directly
        Assert.Equal((1.0, 3.0), Fraction("followup_completion", District, "2007-Q2"));
        Assert.Equal((1.0, 3.0), Fraction("followup_completion", City, "2007-Q2"));
    }

    private (double, double) Fraction(string indicator, string org, string period)
    {
        var (numerator, denominator) = _warehouse.Fraction(indicator, org, period);
        return (numerator, denominator!.Value);
    }
}
