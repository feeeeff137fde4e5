using System.Security.Claims;
using Bunit;
using CommunityFp.Dashboard.Data;
using MudBlazor.Services;

namespace CommunityFp.Dashboard.Tests.Components;

/// <summary>
/// A bUnit context whose pages read a new, empty warehouse (no build yet) through the product's own registration
/// (<see cref="WarehouseServices.AddWarehouse"/>), signed in as the city.
/// </summary>
public abstract class EmptyWarehouseContext : BunitContext
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cfp-dashboard-empty-" + Guid.NewGuid().ToString("N"));

    protected EmptyWarehouseContext()
    {
        Directory.CreateDirectory(_root);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddWarehouse(_ => Path.Combine(_root, "empty.duckdb"));
        AddAuthorization().SetAuthorized("city").SetClaims(new Claim(Territory.ClaimType, "2202"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}
