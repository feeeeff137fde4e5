namespace CommunityFp.Assessment.Results;

public enum TargetStatus
{
    /// <summary>The forecast's lower prediction bound meets the target.</summary>
    OnTrack,
    /// <summary>The prediction interval straddles the target.</summary>
    AtRisk,
    /// <summary>Even the upper prediction bound misses the target.</summary>
    OffTrack,
    /// <summary>The target date has passed (by year ≤ Y) and the actual share met it.</summary>
    Met,
    /// <summary>The target date has passed and the actual share missed it.</summary>
    Missed,
    /// <summary>No unit of the level inside the scope in any assessed year.</summary>
    NoData,
}

/// <summary>target_progress: a target's actual share per assessed year, gap and forecast.</summary>
public sealed record TargetProgress(
    string Scope,
    string Level,
    string Standard,
    string Share,
    DateOnly By,
    IReadOnlyList<TargetYear> Years,
    decimal? ActualShare,
    decimal? Gap,
    ShareForecast? Forecast,
    TargetStatus Status,
    string Note);

/// <summary>The share in one assessed year: units of the level inside the scope (tree of 31 Dec) and those attaining.</summary>
public sealed record TargetYear(int Year, int Units, int Attaining, decimal? Share, string? ShareExact, bool? Meets);

/// <summary>The forecast share at the target date, with its 95% prediction interval, on the grid of k/N units.</summary>
public sealed record ShareForecast(
    string Method,
    int YearsUsed,
    int Units,
    double Point,
    double Lower,
    double Upper,
    int PointUnits,
    int LowerUnits,
    int UpperUnits);
