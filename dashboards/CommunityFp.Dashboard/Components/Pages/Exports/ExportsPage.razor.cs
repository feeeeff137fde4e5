using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using CommunityFp.Exports.Product;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CommunityFp.Dashboard.Components.Pages.Exports;

/// <summary>
/// The research exports (/exports?unit=&amp;period=&amp;k=): the catalogue with descriptions and download links
/// (Arrow stream, CSV) carrying the filters, and the export audit log — everyone's for administrators, one's own otherwise.
/// Researchers, city and administrators; a researcher sees no other page.
/// </summary>
public partial class ExportsPage
{
    [Inject] private ResearchExports Exports { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;

    /// <summary>An org code: the unit and its units below (default: the whole territory).</summary>
    [SupplyParameterFromQuery(Name = "unit")] public string? UnitParameter { get; set; }

    /// <summary>2007, 2007-Q1 or 2007-03 (default: every period).</summary>
    [SupplyParameterFromQuery(Name = "period")] public string? PeriodParameter { get; set; }

    /// <summary>Smallest published count (at least 5).</summary>
    [SupplyParameterFromQuery(Name = "k")] public int? ThresholdParameter { get; set; }

    private ExportsText T => Text.Exports;

    // inline: the app links no scoped-CSS bundle, and the shared app.css is not this page's to change
    private const string InputStyle = "border:1px solid #9e9e9e;border-radius:4px;padding:6px 8px;min-width:12rem;font:inherit";
    private IReadOnlyList<(ProductExport Export, bool Available)> Catalogue = [];
    private IReadOnlyList<ExportAuditEntry> Audit = [];
    private bool SeesEveryone;
    private int Threshold => Math.Max(ThresholdParameter ?? 5, 5);

    /// <summary>Researchers have no territory of figures; who may export is <see cref="ResearchExports.MayExport"/>.</summary>
    protected override bool NeedsTerritory => false;

    protected override async Task LoadAsync()
    {
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        if (!ResearchExports.MayExport(user)) throw new TerritoryDeniedException("exports");
        SeesEveryone = ResearchExports.ReadsEveryonesAudit(user);
        Catalogue = Exports.Catalogue();
        Audit = Exports.Audit(user);
    }

    private string Href(ProductExport export, string extension) =>
        Link($"exports/{export.Name}.{extension}",
            ("unit", export.ByUnit && UnitParameter is { Length: > 0 } u ? u : null),
            ("period", export.ByPeriod && PeriodParameter is { Length: > 0 } p ? p : null),
            ("k", export.Definition.Suppression is not null && Threshold != 5 ? Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
}
