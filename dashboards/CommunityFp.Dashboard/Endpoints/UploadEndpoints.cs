using System.Security.Claims;
using CommunityFp.Dashboard.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CommunityFp.Dashboard.Endpoints;

/// <summary>
/// <c>POST /upload</c> (multipart form, field <c>batch</c>: the batch folder as a .zip, with the page's antiforgery
/// token): an office or administrator uploads a batch; the answer is a redirect to its report, <c>/upload?report=ID</c>.
/// </summary>
public static class UploadEndpoints
{
    public static void MapUploadEndpoints(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<BatchUploads>().Limits.MaxBytes;
        app.MapPost("upload", Upload)
            .RequireAuthorization()
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .WithFormOptions(multipartBodyLengthLimit: limit);
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult, BadRequest<string>>> Upload(
        HttpContext http, BatchUploads uploads, [FromForm] IFormFile? batch, CancellationToken ct)
    {
        var user = http.User;
        var role = user.FindFirst(ClaimTypes.Role)?.Value;
        // 403, not the cookie handler's redirect to an access-denied page: only offices and administrators upload.
        if (role is null || !BatchUploads.UploadRoles.Contains(role))
            return TypedResults.Problem("only district and street offices and administrators upload batches", statusCode: StatusCodes.Status403Forbidden);
        if (batch is null || batch.Length == 0) return TypedResults.BadRequest("no file: send the batch folder as a .zip in the form field \"batch\"");
        await using var stream = batch.OpenReadStream();
        var record = await uploads.UploadAsync(user.Identity?.Name ?? "", role == DashboardRoles.Admin, Territory.Of(user), batch.FileName, stream, ct);
        return TypedResults.Redirect($"/upload?report={record.Id}");
    }
}
