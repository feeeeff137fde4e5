using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>registers.md "Row errors": each kind quarantines exactly the rows it names, with file, line and reason.</summary>
public sealed class RowErrorTests(TempRoot root) : IClassFixture<TempRoot>
{
    public static TheoryData<string, string, string> OneBadRow => new()
    {
        // register, record appended after the fixture's valid rows, expected reason fragment
        { "residents", "R9,,刘洋,2,1985-01-01,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "" }, // control: valid
        { "residents", "R9,,,2,1985-01-01,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "name: required value is empty" },
        { "residents", "R9,,刘洋,2,1985-01-01,1,,20,,,220202001001,,,,2,,2000-01-01,4,", "status_date: required value is empty" },
        { "residents", "R9,,刘洋,2,1985-1-1,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "birth_date: not a date" },
        { "residents", "R9,,刘洋,2,1985-02-30,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "birth_date: not a date" },
        { "residents", "R9,,刘洋,2,1985-01-01T00:00,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "birth_date: not a date" },
        { "residents", "R9,,刘洋,２,1985-01-01,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "sex: digits must be ASCII" },
        { "residents", "R9,,刘洋,2,1985-01-01,1,,25,,,220202001001,,,,1,,2000-01-01,4,", "marital: code is not one of" },
        { "residents", "R9,,刘洋,x,1985-01-01,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "sex: not a code" },
        { "residents", "R9,,刘洋,2,2007-04-01,1,,20,,,220202001001,,,,1,,2000-01-01,4,", "birth_date: event date is after the batch's as_of" },
        { "residents", "R9,,刘洋,2,1985-01-01,1,,20,,,220202001009,,,,1,,2000-01-01,4,", "community_code: not in the batch's org_units" },
        { "residents", "R9,,刘洋,2,1985-01-01,1,,20,,,220202001,,,,1,,2000-01-01,4,", "community_code: names a unit other than a community" },
        { "residents", "R9,,刘洋,2,1985-01-01,1,,20,,,220202001001,220202001001999,,,1,,2000-01-01,4,", "group_code: not in the batch's org_units" },
        { "residents", "R9,,刘洋,2,1985-01-01,1,,20,,,220202001001,,,,1,,2000-01-01,4", "18 fields where the header has 19" },
        { "residents", "R9,,刘洋,2,1985-01-01,1,,20,,,220202001001,,,,1,,2000-01-01,4,,", "20 fields where the header has 19" },
        { "rewards", "PAY9,1,R1,2007,12.345,", "amount: not an amount" },
        { "rewards", "PAY9,1,R1,07,12.00,", "period: not a year" },
        { "activities", "A9,220202001001,2007-03-10,1,many,", "participants: not a whole number" },
        { "activities", "A9,220202009,2007-03-10,1,3,", "org_code: not in the batch's org_units" },
        { "contraception", "M9,R1,8,2006-10-01,,", "method: code is not one of" },
        { "certificates", "C9,1,R1,,2005-12-01,2099-12-01,370102,2", "delivered_at_community: code is not one of 0, 1" },
        { "org_units", "220202001003,新社区,4,220202009,2000-01-01,", "parent_code: not in the batch's org_units" },
        { "org_units", "220202001003,新社区,4,,2000-01-01,", "parent_code: required value is empty" }, // null only for the city
        { "evaluations", "E9,220202001001,2007-03-15,50,40,40", "" }, // control: every respondent satisfied
        { "evaluations", "E9,220202001001,2007-03-15,50,40,41", "satisfied: more than respondents" },
        { "evaluations", "E9,220202001001,2007-03-15,50,51,36", "respondents: more than households_invited" },
    };

    [Theory]
    [MemberData(nameof(OneBadRow))]
    public void A_row_breaking_one_rule_is_quarantined_with_its_line_and_reason(string register, string record, string reason)
    {
        var builder = new BatchBuilder().Add(register, record);
        var line = builder.Records(register).Count + 1; // header is line 1
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.True(b.Result == BatchResult.Loaded, b.Reason);
        var rows = Warehouse.Lines(loader.Connection, "select file, line, reason from quarantine");
        if (reason == "") { Assert.Empty(rows); return; }
        var q = Assert.Single(rows);
        Assert.StartsWith($"{register}.csv|{line}|", q);
        Assert.Contains(reason, q);
        Assert.Equal(1, b.Files.Single(f => f.File == register + ".csv").RowsQuarantined);
    }

    [Theory]
    [InlineData("20070305")]
    [InlineData("2007/03/05")]
    [InlineData("2007-03-05")]
    [InlineData(" 2007-03-05 ")]
    public void Every_accepted_date_format_loads_as_the_same_date(string written)
    {
        var builder = new BatchBuilder().Set("floating_checks", $"F1,R3,{written},01,1,");
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.Equal(0, b.RowsQuarantined);
        Assert.Equal(["2007-03-05|1"], Warehouse.Lines(loader.Connection, "select strftime(check_date, '%Y-%m-%d'), checked_by from hist_floating_checks"));
    }

    [Fact]
    public void Every_row_sharing_a_repeated_id_is_quarantined()
    {
        var builder = new BatchBuilder().Add("contraception", "M2,R1,7,2006-01-01,,", "M2,R4,6,2006-02-01,,", "M3,R4,6,2006-02-01,,");
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.Equal(["contraception.csv|3|M2", "contraception.csv|4|M2"],
            Warehouse.Lines(loader.Connection, "select file, line, record_key from quarantine order by line"));
        Assert.Equal(["M1", "M3"], Warehouse.Lines(loader.Connection, "select record_key from hist_contraception order by 1"));
    }

    [Fact]
    public void A_quoted_line_break_shifts_the_line_numbers_of_later_records()
    {
        var builder = new BatchBuilder().Set("activities",
            "A1,220202001001,2007-03-10,1,35,100",
            "A2,220202001001,2007-03-11,9,\"two\nlines\",",   // a quoted break inside a bad count: line 3, spans 3-4
            "A3,220202001001,2007-03-12,1,10,",
            "A4,220202001001,2099-03-12,1,10,");             // line 6
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.Equal(["3|participants: not a whole number", "6|activity_date: event date is after the batch's as_of 2007-03-31"],
            Warehouse.Lines(loader.Connection, "select line, reason from quarantine order by line"));
        Assert.Equal("A2,220202001001,2007-03-11,9,\"two\nlines\",", Warehouse.Lines(loader.Connection, "select raw_text from quarantine order by line")[0]);
        Assert.Equal(4, b.Files.Single(f => f.File == "activities.csv").RowsRead);
    }

    [Fact]
    public void Codes_compare_as_integers_and_fields_are_trimmed()
    {
        var builder = new BatchBuilder().Set("contraception", " M1 , R1 ,01, 2006-10-01 ,,");
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.Equal(0, b.RowsQuarantined);
        Assert.Equal(["M1|R1|1|∅"], Warehouse.Lines(loader.Connection, "select measure_id, woman_id, method, end_date from hist_contraception"));
    }

    [Fact]
    public void Unknown_extra_columns_are_kept_in_the_raw_layer()
    {
        var builder = new BatchBuilder()
            .Header("evaluations", "evaluation_id,community_code,evaluation_date,households_invited,respondents,satisfied,note")
            .Set("evaluations", "E1,220202001001,2007-03-15,50,40,36,入户评议");
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.Equal(["{\"note\":\"入户评议\"}"], Warehouse.Lines(loader.Connection, "select extra_columns from hist_evaluations"));
    }
}

public sealed class CsvStructureTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Theory]
    [InlineData("A9,220202001001,2007-03-10,1,3,,", "7 fields where the header has 6")]
    [InlineData("A9,220202001001,2007-03-10,1,3", "5 fields where the header has 6")]
    [InlineData("", "1 fields where the header has 6")]
    [InlineData("A9,\"unterminated,2007-03-10,1,3,", "")]
    public void A_structurally_bad_record_is_quarantined_and_the_rest_loads(string record, string reason)
    {
        var builder = new BatchBuilder().Add("activities", record, "A8,220202001001,2007-03-10,1,3,");
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Assert.Single(loader.Load([builder.Write(root.NewFolder())]).Batches);
        if (reason == "") { Assert.Equal(BatchResult.Refused, b.Result); return; }
        Assert.True(b.Result == BatchResult.Loaded, b.Reason);
        Loads.AssertBalanced(b);
        Assert.Equal([$"3|{reason}"], Warehouse.Lines(loader.Connection, "select line, reason from quarantine"));
        Assert.Equal(["A1", "A8"], Warehouse.Lines(loader.Connection, "select record_key from hist_activities order by 1"));
    }
}
