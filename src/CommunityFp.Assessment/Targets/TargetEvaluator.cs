using CommunityFp.Assessment.Inputs;
using CommunityFp.Assessment.Numbers;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Schemes;

namespace CommunityFp.Assessment.Targets;

/// <summary>
/// A target's share of units of its level inside its scope attaining its standard, for every assessed year up to
/// Y (each year on the tree valid at its 31 Dec, so merged or split units count as they stood), the gap at Y and,
/// while the target date lies ahead, a forecast labelled on track / at risk / off track.
/// </summary>
internal static class TargetEvaluator
{
    public static TargetProgress Evaluate(TargetSpec target, IReadOnlyList<YearAssessment> years, int runYear)
    {
        var rows = years.OrderBy(y => y.Year).Select(y => YearShare(target, y)).ToArray();
        var byYear = target.By.Year;
        var current = rows.LastOrDefault(r => r.Year == runYear);
        var actual = current?.ShareExact is null ? (Rational?)null : Share(current);
        decimal? gap = actual is { } a ? Gap(target.Share, a).ToDecimal() : null;
        var head = (target.Scope, target.Level.Key(), target.Standard, target.Share.ToString(), target.By, rows, actual?.ToDecimal(), gap);

        var observed = rows.Where(r => r.Units > 0).Select(r => new ShareObservation(r.Year, r.Attaining, r.Units)).ToArray();
        if (observed.Length == 0)
            return Build(head, null, TargetStatus.NoData, $"no {target.Level.Key()} inside {target.Scope} in any assessed year");
        if (byYear <= runYear)
        {
            var atDate = rows.FirstOrDefault(r => r.Year == byYear);
            if (atDate?.Meets is not { } met)
                return Build(head, null, TargetStatus.NoData, $"the target date has passed but {byYear} was not assessed");
            return Build(head, null, met ? TargetStatus.Met : TargetStatus.Missed, $"target date passed: actual share in {byYear}");
        }
        var forecast = ShareForecaster.Forecast(observed, YearFraction(target.By), observed[^1].Units);
        var (status, note) = Label(target.Share, forecast);
        return Build(head, forecast, status, note);
    }

    private static TargetYear YearShare(TargetSpec target, YearAssessment year)
    {
        var tree = year.Tree.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var inScope = year.Units.Where(u => u.Level == target.Level.Key() && IsInside(u.UnitCode, target.Scope, tree)).ToArray();
        var attaining = inScope.Count(u => u.StandardsAttained.Contains(target.Standard));
        if (inScope.Length == 0) return new TargetYear(year.Year, 0, 0, null, null, null);
        var share = Rational.Of(attaining, inScope.Length);
        return new TargetYear(year.Year, inScope.Length, attaining, share.ToDecimal(), share.ToString(), target.Share.Holds(share));
    }

    private static bool IsInside(string code, string scope, IReadOnlyDictionary<string, OrgUnit> tree)
    {
        for (string? current = code; current is not null; current = tree.TryGetValue(current, out var unit) ? unit.ParentCode : null)
            if (current == scope) return true;
        return false;
    }

    private static Rational Share(TargetYear row) => Rational.Of(row.Attaining, row.Units);

    /// <summary>How far the share is from the target, positive = short of it (0 when met).</summary>
    private static Rational Gap(Comparison share, Rational actual)
    {
        Rational target = share.Operand;
        var shortBy = share.Operator is ComparisonOperator.AtMost or ComparisonOperator.LessThan ? actual - target : target - actual;
        return Rational.Max(Rational.Zero, shortBy);
    }

    /// <summary>On track: even the lower bound meets the target; off track: even the upper bound misses it.</summary>
    private static (TargetStatus, string) Label(Comparison share, ShareForecast forecast)
    {
        bool lowerMeets = share.Holds(Rational.Of(forecast.LowerUnits, forecast.Units));
        bool upperMeets = share.Holds(Rational.Of(forecast.UpperUnits, forecast.Units));
        var status = lowerMeets && upperMeets ? TargetStatus.OnTrack : !lowerMeets && !upperMeets ? TargetStatus.OffTrack : TargetStatus.AtRisk;
        var note = forecast.Method == ShareForecaster.SingleYearMethod
            ? "a single assessed year: no trend; the current share is assumed to persist, with its Wilson interval"
            : $"trend over {forecast.YearsUsed} assessed years";
        return (status, note);
    }

    /// <summary>31 Dec of year Y is Y; 30 Jun is about Y − 0.5.</summary>
    private static double YearFraction(DateOnly date)
    {
        var days = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        return date.Year + (date.DayOfYear - days) / days;
    }

    private static TargetProgress Build(
        (string Scope, string Level, string Standard, string Share, DateOnly By, TargetYear[] Rows, decimal? Actual, decimal? Gap) head,
        ShareForecast? forecast, TargetStatus status, string note) =>
        new(head.Scope, head.Level, head.Standard, head.Share, head.By, head.Rows, head.Actual, head.Gap, forecast, status, note);
}
