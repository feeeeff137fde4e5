using System.Security.Claims;

namespace CommunityFp.Dashboard.Data;

// Uploads (/upload): who may upload, and the uploads an account may see.
public sealed partial class DashboardData
{
    /// <summary>The signed-in account's name and role (empty when signed out).</summary>
    public async Task<(string Name, string Role)> AccountAsync()
    {
        if (auth is null) return ("", "");
        var user = (await auth.GetAuthenticationStateAsync()).User;
        return user.Identity?.IsAuthenticated == true ? (user.Identity.Name ?? "", user.FindFirst(ClaimTypes.Role)?.Value ?? "") : ("", "");
    }

    /// <summary>The uploads the account may see (administrators: all; others: their own), newest first.</summary>
    public async Task<IReadOnlyList<UploadRecord>> UploadsAsync()
    {
        var (name, role) = await AccountAsync();
        return name.Length == 0 ? [] : reader.Uploads(name, role == DashboardRoles.Admin);
    }

    /// <summary>One upload's report; null if it does not exist or belongs to another account (for a non-administrator).</summary>
    public async Task<UploadReport?> UploadReportAsync(int id)
    {
        var (name, role) = await AccountAsync();
        if (name.Length == 0) return null;
        var upload = reader.Uploads(name, role == DashboardRoles.Admin, id).FirstOrDefault();
        return upload is null ? null : new UploadReport(upload, reader.UploadFiles(upload));
    }
}
