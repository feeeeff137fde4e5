using CommunityFp.Etl.Tests.Support;

namespace CommunityFp.Etl.Tests;

/// <summary>Two independent implementations of the row rules (SQL in the ETL, C# BatchValidator) agree line for line.</summary>
public sealed class CrossCheckTests(TempRoot root) : IClassFixture<TempRoot>
{
    [Fact]
    public void The_etl_quarantines_and_warns_exactly_the_lines_the_contract_validator_reports()
    {
        var builder = new BatchBuilder();
        foreach (var (register, record, _) in RowErrorTests.OneBadRow.Select(x => ((string)x[0], (string)x[1], (string)x[2])))
            builder.Add(register, record.Replace("R9,", "R" + builder.Records(register).Count + "X,", StringComparison.Ordinal)
                                        .Replace("PAY9,", "PAY" + builder.Records(register).Count + ",", StringComparison.Ordinal)
                                        .Replace("A9,", "A" + builder.Records(register).Count + "X,", StringComparison.Ordinal));
        builder.Add("activities", "", "A77,220202001001,2007-03-10,1,\"3\n\",", "A78,220202001001,2007-03-10,1,3,,");
        builder.Add("contraception", "M2,R1,7,2006-01-01,,", "M2,R4,6,2006-02-01,,");
        builder.Add("residents", BatchBuilder.Resident("R50", "刘洋", 2, "1985-01-01", citizenId: "22020219850101123x"),
            BatchBuilder.Resident("R51", "刘洋", 2, "1985-01-01", marital: 20, spouse: "R404"));
        builder.Add("births", "B2,R1,R404,,2007-01-01,1,1,,220202001001,");
        var folder = builder.Write(root.NewFolder());
        using var loader = WarehouseLoader.Open(root.NewWarehouse());
        var b = Loads.LoadOne(loader, folder);
        Assert.True(b.Result == BatchResult.Loaded, b.Reason);
        Assert.True(b.RowsQuarantined > 20);
        CrossCheck.AssertSameIssues(loader.Connection, folder, "220202", "2007-03-31");
    }
}
