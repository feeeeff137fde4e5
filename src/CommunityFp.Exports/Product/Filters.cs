namespace CommunityFp.Exports.Product;

/// <summary>
/// The request filters as SQL conditions over named parameters (never the user's text): each is true when its
/// parameter is null, so one definition serves filtered and unfiltered requests.
/// </summary>
internal static class Filters
{
    /// <summary>The unit and everything under it: org codes nest by prefix (2202 ⊃ 220202 ⊃ 220202001 ⊃ 220202001001).</summary>
    public static string Unit(string column) => $"($unit::varchar is null or starts_with({column}, $unit::varchar))";

    /// <summary>A span of dates lying wholly inside the requested period.</summary>
    public static string Within(string start, string end) =>
        $"($period_from::date is null or ({start} >= $period_from::date and {end} <= $period_to::date))";

    /// <summary>A year overlapping the requested period (assessment runs are per year).</summary>
    public static string Year(string column) =>
        $"($period_from::date is null or {column} between year($period_from::date) and year($period_to::date))";

    /// <summary>One stored assessment run, or every run; with a knowledge date, only runs as known at it
    /// (<paramref name="knowledgeDate"/>: the run's knowledge_date column).</summary>
    public static string Run(string column, string knowledgeDate) =>
        $"($run::varchar is null or {column} = $run::varchar) and ($run_known_at::date is null or {knowledgeDate} = $run_known_at::date)";

    /// <summary>The district of an org code (6 digits); the city's rows (2202) form a partition of their own.</summary>
    public static string District(string column) => $"left({column}, 6)";
}
