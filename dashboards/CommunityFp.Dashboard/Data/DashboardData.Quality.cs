namespace CommunityFp.Dashboard.Data;

// Data quality (/quality).
public sealed partial class DashboardData
{
    /// <summary>The years with loaded batches in the territory, newest first.</summary>
    public async Task<IReadOnlyList<string>> BatchYearsAsync() => reader.BatchYears(await TerritoryAsync());

    /// <summary>Loads, quarantine and warnings, reasons and reporting timeliness of a unit in a year.</summary>
    public async Task<QualityReport> QualityAsync(OrgUnit unit, string year)
    {
        var territory = await TerritoryAsync();
        var timeliness = Periods("year").Contains(year)
            ? reader.CommunityValues(territory, unit.Code, "reporting_timeliness", "year", year)
            : [];
        return new QualityReport(unit, year, reader.BatchArrivals(territory, unit.Code, year), reader.BatchIssues(territory, unit.Code, year),
            reader.IssueReasons(territory, unit.Code, year), timeliness);
    }
}
