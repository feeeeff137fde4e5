using System.Globalization;

namespace CommunityFp.Dashboard.Uploads;

/// <summary>The upload limits from configuration (<c>Dashboard:Upload:MaxBytes</c>, <c>MaxUnpackedBytes</c>, <c>MaxEntries</c>), defaults otherwise.</summary>
public static class UploadSettings
{
    public static UploadLimits Limits(IConfiguration configuration)
    {
        var defaults = new UploadLimits();
        long Long(string key, long fallback) =>
            long.TryParse(configuration[$"Dashboard:Upload:{key}"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
        return new UploadLimits(Long("MaxBytes", defaults.MaxBytes), Long("MaxUnpackedBytes", defaults.MaxUnpackedBytes),
            (int)Math.Min(int.MaxValue, Long("MaxEntries", defaults.MaxEntries)));
    }
}
