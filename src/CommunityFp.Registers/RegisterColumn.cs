namespace CommunityFp.Registers;

/// <summary>One column of a register as the contract defines it.</summary>
/// <param name="Name">Column name in the CSV header.</param>
/// <param name="Kind">How the text is read.</param>
/// <param name="Required">A null (empty after trimming) is a row error.</param>
/// <param name="AllowedCodes">For <see cref="ColumnKind.Code"/>: the closed list; anything else is a row error.</param>
/// <param name="IsEventDate">A date after the batch's <c>as_of</c> is a row error.</param>
/// <param name="OrgReference">Whether the value must name a unit (or a community) of the batch's <c>org_units</c>.</param>
/// <param name="IsPersonalData">Names and citizen ids: kept in protected tables only, never in logs, marts or messages.</param>
public sealed record RegisterColumn(
    string Name,
    ColumnKind Kind,
    bool Required = false,
    IReadOnlyList<int>? AllowedCodes = null,
    bool IsEventDate = false,
    OrgReference OrgReference = OrgReference.None,
    bool IsPersonalData = false);
