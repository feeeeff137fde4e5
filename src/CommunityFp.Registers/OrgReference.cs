namespace CommunityFp.Registers;

/// <summary>Which org units of the batch's <c>org_units</c> a column may name (registers.md, "Row errors").</summary>
public enum OrgReference
{
    /// <summary>Not checked against <c>org_units</c> (for example <c>issued_by</c>: certificates come from the home region).</summary>
    None,

    /// <summary>Any unit in the batch's <c>org_units</c>.</summary>
    AnyUnit,

    /// <summary>A unit in the batch's <c>org_units</c> whose level is 4 (community).</summary>
    Community,
}
