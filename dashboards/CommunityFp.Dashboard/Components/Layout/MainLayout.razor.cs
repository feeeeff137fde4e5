using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CommunityFp.Dashboard.Components.Layout;

public partial class MainLayout
{
    [Inject] private NavigationManager Nav { get; set; } = default!;

    private static readonly MudTheme Theme = new()
    {
        Typography = new Typography { Default = new DefaultTypography { FontFamily = ["Noto Sans CJK SC", "Roboto", "Helvetica", "Arial", "sans-serif"] } },
    };

    private UiText Text => UiText.Current;

    // Browser tests wait for data-interactive="true": clicks before the circuit connects are lost.
    private bool _interactive;

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    /// <summary>The culture lives in a cookie set by /culture/{culture}; a full reload starts a circuit in it.</summary>
    private void SwitchLanguage()
    {
        var other = UiText.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture) ? UiText.Cultures[0] : "en";
        var back = "/" + Nav.ToBaseRelativePath(Nav.Uri);
        Nav.NavigateTo($"culture/{other}?redirectUri={Uri.EscapeDataString(back)}", forceLoad: true);
    }
}
