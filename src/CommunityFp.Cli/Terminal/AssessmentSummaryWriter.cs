using System.Globalization;
using CommunityFp.Assessment.Results;
using CommunityFp.Assessment.Warehouse;

namespace CommunityFp.Cli.Terminal;

/// <summary>What <c>cfp assess</c> prints: the run, then per district its communities per standard and its vetoes, then the targets.</summary>
public static class AssessmentSummaryWriter
{
    public static void Write(AssessmentOutcome outcome, TextWriter output)
    {
        var result = outcome.Result;
        var run = result.Run;
        var known = run.KnowledgeDate is { } k ? $"as known at {k:yyyy-MM-dd}" : "everything loaded";
        output.WriteLine($"Assessment {run.Year}: scheme {run.SchemeId} v{run.SchemeVersion} (sha256 {run.SchemeHash[..12]}), {known}, {run.BatchIds.Count} batch versions.");
        foreach (var earlier in outcome.EarlierRunsStored)
            output.WriteLine($"Stored run {earlier} first (an earlier year a standard's no-veto years ask about).");
        output.WriteLine(outcome.AlreadyStored
            ? $"Run {outcome.RunId} already stored (same scheme, year, knowledge date and batches): nothing written, stored results shown."
            : $"Stored run {outcome.RunId}.");

        var names = result.Standards.GroupBy(s => s.StandardId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var parents = result.Units.ToDictionary(u => u.UnitCode, u => u.ParentCode, StringComparer.Ordinal);
        foreach (var district in RunSummary.ByDistrict(result))
        {
            var standards = string.Join(", ", district.Attaining.Select(s => $"{names.GetValueOrDefault(s.Standard, s.Standard)} ({s.Standard}) {s.Communities}"));
            output.WriteLine($"District {district.DistrictCode} {district.Name}: {district.Communities} communities; {standards}; vetoed {district.VetoedCommunities}.");
            foreach (var veto in result.Vetoes.Where(v => v.PropagatedLevels == 0 && IsUnder(v.UnitCode, district.DistrictCode, parents)))
            {
                var reached = result.Vetoes.Where(p => p.PropagatedLevels > 0 && p.OriginUnitCode == veto.UnitCode && p.RuleId == veto.RuleId).Select(p => p.UnitCode);
                var evidence = veto.Evidence.Count == 0 ? "" : "; evidence " + string.Join(", ", veto.Evidence.Select(e => $"{e.Register}/{e.RecordId} ({e.Date:yyyy-MM-dd})"));
                var propagated = reached.Any() ? $"; reaches {string.Join(", ", reached)}" : "";
                output.WriteLine($"  veto {veto.RuleId} on {veto.UnitCode}: {veto.Indicator} = {Number(veto.Value)} ({veto.Condition}; {Fairness(veto.Fairness)}){evidence}{propagated}");
            }
        }
        foreach (var target in result.Targets) WriteTarget(target, output);
    }

    private static void WriteTarget(TargetProgress t, TextWriter output)
    {
        var now = t.Years.LastOrDefault();
        var actual = now is { Units: > 0 } ? $"{now.Attaining}/{now.Units} = {Percent(t.ActualShare)}" : "no units";
        var forecast = t.Forecast is { } f ? $"; forecast at {t.By:yyyy-MM-dd}: {f.Point:P1} [{f.Lower:P1}, {f.Upper:P1}]" : "";
        output.WriteLine($"Target {t.Scope} {t.Level} {t.Standard} {t.Share} by {t.By:yyyy-MM-dd}: actual {actual}, gap {Percent(t.Gap)}{forecast} — {Label(t.Status)} ({t.Note}).");
    }

    private static string Label(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "on track",
        TargetStatus.AtRisk => "at risk",
        TargetStatus.OffTrack => "off track",
        TargetStatus.Met => "met",
        TargetStatus.Missed => "missed",
        _ => "no data",
    };

    /// <summary>Next to every indicator-based veto: could it be noise for the unit's size?</summary>
    private static string Fairness(Fairness fairness) => fairness switch
    {
        Assessment.Results.Fairness.Meaningful => "statistically meaningful",
        Assessment.Results.Fairness.CouldBeNoise => "could be noise for its size",
        Assessment.Results.Fairness.NoNoiseQuestion => "each record is a fact",
        Assessment.Results.Fairness.NoInterval => "no interval",
        _ => "no data",
    };

    private static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Number(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static bool IsUnder(string code, string ancestor, IReadOnlyDictionary<string, string?> parents)
    {
        for (var current = parents.GetValueOrDefault(code); current is not null; current = parents.GetValueOrDefault(current))
            if (current == ancestor) return true;
        return false;
    }
}
