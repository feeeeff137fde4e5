using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>registers.md "Warnings": the row loads and the issue is recorded against it, without personal data.</summary>
public sealed class WarningTests(TempRoot root) : IClassFixture<TempRoot>
{
    private List<string> LoadAndWarnings(BatchBuilder builder, out BatchOutcome outcome)
    {
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        outcome = Loads.LoadOne(loader, builder.Write(root.NewFolder()));
        Assert.Equal(0, outcome.RowsQuarantined);
        return Warehouse.Lines(loader.Connection, "select file, line, record_key, kind, \"column\", detail from row_warnings order by file, line, kind");
    }

    [Fact]
    public void A_bad_citizen_id_check_character_is_a_warning_and_the_row_loads()
    {
        var good = CitizenIds.Valid("1985-01-01", "R9");
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var w = LoadAndWarnings(new BatchBuilder().Add("residents", BatchBuilder.Resident("R9", "刘洋", 2, "1985-01-01", citizenId: bad)), out var b);
        var row = Assert.Single(w);
        Assert.StartsWith("residents.csv|6|R9|CitizenIdCheck|citizen_id|", row);
        Assert.DoesNotContain(bad, row);
        Assert.DoesNotContain("刘洋", row);
        Assert.Equal(1, b.RowsWarned);
    }

    [Theory]
    [InlineData("22020219850101123")]
    [InlineData("2202021985013112XX")]
    [InlineData("220202198502301234")]
    public void A_citizen_id_of_the_wrong_shape_is_a_warning(string id)
    {
        var w = LoadAndWarnings(new BatchBuilder().Add("residents", BatchBuilder.Resident("R9", "刘洋", 2, "1985-01-01", citizenId: id)), out _);
        Assert.StartsWith("residents.csv|6|R9|CitizenIdShape|", Assert.Single(w));
    }

    [Fact]
    public void A_lower_case_x_check_character_is_normalised_before_the_check()
    {
        // find a birth date/seed whose check character is X
        var id = Enumerable.Range(0, 400).Select(i => CitizenIds.Valid("1985-01-01", "S" + i)).First(x => x.EndsWith('X'));
        var w = LoadAndWarnings(new BatchBuilder().Add("residents", BatchBuilder.Resident("R9", "刘洋", 2, "1985-01-01", citizenId: id.ToLowerInvariant())), out _);
        Assert.Empty(w);
    }

    [Fact]
    public void A_spouse_or_father_not_among_the_residents_is_a_warning()
    {
        var builder = new BatchBuilder()
            .Add("residents", BatchBuilder.Resident("R9", "刘洋", 2, "1985-01-01", marital: 20, spouse: "R404"))
            .Set("births", "B1,R1,R404,,2006-08-01,1,1,C1,220202001001,2006-08-20");
        var w = LoadAndWarnings(builder, out _);
        Assert.Equal(["births.csv|2|B1|UnknownFather|father_id|father_id is not among the batch's residents",
                      "residents.csv|6|R9|UnknownSpouse|spouse_id|spouse_id is not among the batch's residents"], w);
    }

    [Fact]
    public void A_birth_order_below_one_plus_the_mothers_earlier_births_is_a_warning()
    {
        var builder = new BatchBuilder().Set("births",
            "B1,R1,R2,,2003-08-01,1,1,C1,220202001001,",
            "B2,R1,R2,,2006-08-01,1,1,C1,220202001001,",   // second birth recorded as first: warning
            "B3,R4,,,2006-05-01,1,1,,220202001002,",
            "B4,R4,,,2006-05-01,2,1,,220202001002,");      // twins: same day, not earlier
        var w = LoadAndWarnings(builder, out _);
        Assert.Equal(["births.csv|3|B2|BirthOrderTooLow|birth_order|birth order 1 but the mother has 1 earlier recorded birth(s)"], w);
    }
}
