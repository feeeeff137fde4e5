using System.Security.Claims;

namespace CommunityFp.Dashboard.Data;

/// <summary>
/// The part of the org tree a user may read (辖区): the unit <see cref="RootCode"/> and everything under it.
/// Org codes nest by prefix (2202 ⊃ 220202 ⊃ 220202001 ⊃ 220202001001), so "under" is "starts with".
/// </summary>
public sealed record Territory(string RootCode)
{
    /// <summary>The claim carrying a user's territory root code.</summary>
    public const string ClaimType = "cfp:territory";

    /// <summary>Whether <paramref name="orgCode"/> is this territory's root or lies under it.</summary>
    public bool Contains(string orgCode) => orgCode.StartsWith(RootCode, StringComparison.Ordinal);

    /// <summary>The territory of a signed-in user; a user without one gets none (an empty result, never everything).</summary>
    public static Territory Of(ClaimsPrincipal user)
    {
        // researchers take de-identified exports only (ResearchExports), never the dashboard's aggregates
        var code = user.Identity?.IsAuthenticated == true && !user.IsInRole(DashboardRoles.Researcher) ? user.FindFirst(ClaimType)?.Value : null;
        // An empty or malformed claim must never widen to "every code starts with it".
        return string.IsNullOrEmpty(code) || !code.All(char.IsAsciiDigit) ? None : new Territory(code);
    }

    /// <summary>No unit at all: org codes are digits, so none starts with "-".</summary>
    public static Territory None { get; } = new("-");
}

/// <summary>A unit outside the user's territory was asked for: the answer is a refusal, not the data.</summary>
public sealed class TerritoryDeniedException(string orgCode)
    : Exception($"org unit {orgCode} is outside your territory")
{
    public string OrgCode { get; } = orgCode;
}
