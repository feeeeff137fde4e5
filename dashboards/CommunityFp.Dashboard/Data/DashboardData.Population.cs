namespace CommunityFp.Dashboard.Data;

public sealed partial class DashboardData
{
    /// <summary>The unit's population pyramid at the end of a year (empty for quarters and months).</summary>
    public async Task<IReadOnlyList<AgeSexBand>> AgeSexAsync(OrgUnit unit, string period) =>
        period.Length == 4 ? reader.AgeSex(await TerritoryAsync(), unit.Code, period) : [];
}
