using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages;

/// <summary>
/// What every dashboard page shares: the data service, the UI strings, and the three states a page can be in
/// besides showing data — no build yet, loading, or refused (a unit outside the user's territory).
/// </summary>
public abstract class DashboardPage : ComponentBase
{
    [Inject] protected DashboardData Data { get; set; } = default!;
    [Inject] protected NavigationManager Nav { get; set; } = default!;

    /// <summary>The request while the page is server-rendered (null in the interactive circuit).</summary>
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    protected UiText Text => UiText.Current;
    protected static bool English => UiText.IsEnglish(CultureInfo.CurrentUICulture);
    protected bool NoBuild { get; private set; }
    protected bool Refused { get; private set; }
    protected bool Loaded { get; private set; }

    protected sealed override async Task OnParametersSetAsync()
    {
        Refused = false;
        // a user without a territory (a researcher: exports only) is refused every page that shows the warehouse's figures
        if (NeedsTerritory && await Data.TerritoryAsync() == Territory.None) { Refuse(); Loaded = true; return; }
        NoBuild = !Data.HasBuild();
        if (NoBuild) { Loaded = true; return; }
        try
        {
            await LoadAsync();
        }
        catch (TerritoryDeniedException)
        {
            Refuse();
        }
        Loaded = true;
    }

    /// <summary>Whether the page shows figures of a territory (every page but Exports, which has its own rule).</summary>
    protected virtual bool NeedsTerritory => true;

    private void Refuse()
    {
        Refused = true;
        // The server-rendered response of an edited URL says "forbidden" too, not only its text.
        if (HttpContext is { Response.HasStarted: false } http) http.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    /// <summary>Loads the page's data for its current query parameters (the warehouse has a build).</summary>
    protected abstract Task LoadAsync();

    /// <summary>A link to a page with query parameters (null values left out).</summary>
    protected static string Link(string page, params (string Name, string? Value)[] query) =>
        page + (query.Any(q => q.Value is not null)
            ? "?" + string.Join('&', query.Where(q => q.Value is not null).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}"))
            : "");

    /// <summary>Formats a value in the UI culture (counts without decimals, rates with up to two).</summary>
    protected static string Format(double? value) =>
        value is { } v ? v.ToString(Math.Abs(v % 1) < 1e-9 ? "#,##0" : "#,##0.##", CultureInfo.CurrentCulture) : "—";
}
