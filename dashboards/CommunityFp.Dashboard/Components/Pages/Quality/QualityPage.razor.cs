using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Quality;

/// <summary>Data quality of a unit and year: /quality?unit=220202001&amp;year=2007 (counts and reasons; never raw rows or names).</summary>
public partial class QualityPage
{
    /// <summary>The unit (default: the territory's root).</summary>
    [SupplyParameterFromQuery(Name = "unit")] public string? UnitParameter { get; set; }

    /// <summary>The year of the batches' as_of (default: the latest with batches).</summary>
    [SupplyParameterFromQuery(Name = "year")] public string? YearParameter { get; set; }

    private QualityText Q => Text.Quality;
    private IReadOnlyList<OrgUnit> Units = [];
    private IReadOnlyList<string> Years = [];
    private string? UnitCode;
    private string? Year;
    private QualityReport? Report;

    protected override async Task LoadAsync()
    {
        Report = null;
        var unit = await Data.UnitOrRootAsync(UnitParameter);
        Units = (await Data.UnitsAsync()).Where(u => u.Level <= 4).ToList();
        Years = await Data.BatchYearsAsync();
        Year = YearParameter is { Length: 4 } y && y.All(char.IsAsciiDigit) ? y : Years.FirstOrDefault();
        if (unit is null || Year is null) return;
        UnitCode = unit.Code;
        Report = await Data.QualityAsync(unit, Year);
    }

    private static string Count(long? n) => n?.ToString("#,##0", CultureInfo.CurrentCulture) ?? "—";

    private static string Href(string? unit, string? year) => Link("quality", ("unit", unit), ("year", year));
}
