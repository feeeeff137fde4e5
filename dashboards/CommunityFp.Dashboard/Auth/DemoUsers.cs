using System.Security.Claims;
using System.Text.Json;
using CommunityFp.Dashboard.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace CommunityFp.Dashboard.Auth;

/// <summary>A dashboard account: role (city, district, street, researcher, admin) and territory root code.</summary>
public sealed record DashboardUser(string UserName, string DisplayName, string Role, string Territory, string PasswordHash);

/// <summary>
/// The accounts of <c>demo-users.json</c> (passwords stored as ASP.NET Core <see cref="PasswordHasher{TUser}"/> hashes).
/// The demo password of each is <c>demo-&lt;user name&gt;</c> (README, printed by <c>cfp serve</c>).
/// </summary>
public sealed class DemoUsers
{
    private readonly Dictionary<string, DashboardUser> _users;
    private readonly PasswordHasher<DashboardUser> _hasher = new();

    public DemoUsers(IEnumerable<DashboardUser> users) =>
        _users = users.ToDictionary(u => u.UserName, StringComparer.Ordinal);

    /// <summary>The file shipped beside the dashboard assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "demo-users.json");

    public static DemoUsers Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<UsersFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path}: no users");
        return new DemoUsers(file.Users);
    }

    public IReadOnlyCollection<DashboardUser> All => _users.Values;

    /// <summary>The demo password documented for a demo account.</summary>
    public static string DemoPassword(string userName) => $"demo-{userName}";

    /// <summary>The account if the password verifies, otherwise null.</summary>
    public DashboardUser? Verify(string? userName, string? password)
    {
        if (userName is null || password is null || !_users.TryGetValue(userName, out var user)) return null;
        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>The cookie principal of an account: name, role and territory claims.</summary>
    public static ClaimsPrincipal Principal(DashboardUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.GivenName, user.DisplayName),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(Territory.ClaimType, user.Territory),
        ], CookieAuthenticationDefaults.AuthenticationScheme));

    private sealed record UsersFile(List<DashboardUser> Users);
}
