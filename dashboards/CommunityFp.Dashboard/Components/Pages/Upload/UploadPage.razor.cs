using System.Globalization;
using CommunityFp.Dashboard.Data;
using CommunityFp.Dashboard.Localization;
using Microsoft.AspNetCore.Components;

namespace CommunityFp.Dashboard.Components.Pages.Upload;

/// <summary>
/// Upload a monthly export (/upload) and read its load report (/upload?report=ID). Offices and administrators upload;
/// administrators see every upload, other accounts their own. Works without a build (the first upload makes one).
/// </summary>
public partial class UploadPage : ComponentBase
{
    [Inject] private DashboardData Data { get; set; } = default!;

    /// <summary>The request while the page is server-rendered (null in the interactive circuit).</summary>
    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    /// <summary>An upload's id: its report is shown (refused when it is another account's and the user is not an administrator).</summary>
    [SupplyParameterFromQuery(Name = "report")] public int? ReportParameter { get; set; }

    private static UiText Text => UiText.Current;
    private static UploadText U => Text.Upload;
    private bool Loaded;
    private bool CanUpload;
    private UploadReport? Report;
    private IReadOnlyList<UploadRecord> Uploads = [];

    protected override async Task OnParametersSetAsync()
    {
        var (_, role) = await Data.AccountAsync();
        CanUpload = BatchUploads.UploadRoles.Contains(role);
        Uploads = await Data.UploadsAsync();
        Report = ReportParameter is { } id ? await Data.UploadReportAsync(id) : null;
        // Another account's report (or none): a refusal, with 403 when server-rendered.
        if (ReportParameter is not null && Report is null && HttpContext is { Response.HasStarted: false } http)
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
        Loaded = true;
    }

    private static string Count(long n) => n.ToString("#,##0", CultureInfo.CurrentCulture);
}
