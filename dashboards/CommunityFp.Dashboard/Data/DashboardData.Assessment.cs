namespace CommunityFp.Dashboard.Data;

/// <summary>The assessment pages' data: stored runs (<c>cfp assess</c>) read for the signed-in user's territory.</summary>
public sealed partial class DashboardData
{
    public bool HasAssessment() => reader.HasAssessment();

    /// <summary>
    /// The run a view shows: <paramref name="runId"/> when it is stored, else the latest run of
    /// <paramref name="year"/>, else the latest run of the latest year; null when none fits.
    /// </summary>
    public RunChoice? ChooseRun(int? year, string? runId)
    {
        var runs = reader.AssessmentRuns();
        var years = runs.Select(r => r.Year).Distinct().Order().ToList();
        AssessmentRun? run = !string.IsNullOrEmpty(runId) ? runs.FirstOrDefault(r => r.RunId == runId)
            : year is { } y ? runs.LastOrDefault(r => r.Year == y)
            : runs.Where(r => r.Year == years.LastOrDefault()).LastOrDefault();
        return run is null ? null : new RunChoice(run, years, runs.Where(r => r.Year == run.Year).ToList());
    }

    /// <summary>One unit's assessment in a run; a refusal outside the territory, null if the unit does not exist.</summary>
    public async Task<UnitAssessment?> UnitAssessmentAsync(string code, RunChoice choice)
    {
        var territory = await TerritoryAsync();
        if (reader.Unit(territory, code) is not { } unit) return null;
        var runId = choice.Run.RunId;
        var vetoes = VetoDetails(territory, runId, code).Where(v => v.Veto.UnitCode == code).ToList();
        return new UnitAssessment(choice, unit, reader.AssessedUnit(territory, runId, code), reader.Criteria(territory, runId, code),
            reader.Standards(territory, runId, code), vetoes);
    }

    /// <summary>Every veto of a run in the user's territory, with path names and evidence.</summary>
    public async Task<VetoReview?> VetoReviewAsync(RunChoice choice)
    {
        var territory = await TerritoryAsync();
        if (reader.RootUnit(territory) is not { } root) return null;
        return new VetoReview(choice, root, VetoDetails(territory, choice.Run.RunId, root.Code));
    }

    /// <summary>The report of a unit (default: the territory's root) for a run.</summary>
    public async Task<AssessmentReport?> ReportAsync(string? unitCode, RunChoice choice)
    {
        var territory = await TerritoryAsync();
        var unit = string.IsNullOrEmpty(unitCode) ? reader.RootUnit(territory) : reader.Unit(territory, unitCode);
        if (unit is null) return null;
        var runId = choice.Run.RunId;
        var names = reader.StandardNames(runId);
        var units = reader.AssessedUnits(territory, runId, unit.Code);
        var communities = units.Where(u => u.Level == "community").ToList();
        var progress = reader.Targets(territory, choice.Run);
        var targets = reader.TargetDefinitions(choice.Run).Select(t => new ReportTarget(t, StandardName(names, t.Level, t.Standard),
            communities.Count(u => u.StandardsAttained.Contains(t.Standard)), communities.Count,
            t.Scope == unit.Code ? progress.FirstOrDefault(p => p.Order == t.Order) : null)).ToList();
        return new AssessmentReport(choice, unit, communities.Count, communities.Count(u => u.Vetoed),
            CountStandards(names, communities), targets, units, VetoDetails(territory, runId, unit.Code), names);
    }

    /// <summary>
    /// The overview's assessment part for a year: each target from the latest run of a year ≤ <paramref name="year"/>
    /// that carries it (else the earliest), the year's communities per standard by district, and its vetoes.
    /// </summary>
    public async Task<OverviewAssessment?> OverviewAssessmentAsync(int year)
    {
        if (!reader.HasAssessment() || ChooseRun(year, null) is not { } choice) return null;
        var territory = await TerritoryAsync();
        if (reader.RootUnit(territory) is not { } root) return null;
        var latestPerYear = reader.AssessmentRuns().GroupBy(r => r.Year).Select(g => g.Last()).OrderBy(r => r.Year).ToList();
        var targets = latestPerYear.SelectMany(r => reader.Targets(territory, r)).GroupBy(t => t.Key)
            .Select(g => g.Where(t => t.RunYear <= year).LastOrDefault() ?? g.First())
            .OrderBy(t => t.By).ThenBy(t => t.Order).ToList();
        var runId = choice.Run.RunId;
        var names = reader.StandardNames(runId);
        var units = reader.AssessedUnits(territory, runId, root.Code);
        var byCode = units.ToDictionary(u => u.Code);
        var districts = units.Where(u => u.Level == "community")
            .GroupBy(u => territory.Contains(u.Code[..Math.Min(6, u.Code.Length)]) ? u.Code[..6] : root.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DistrictStandards(g.Key, byCode.TryGetValue(g.Key, out var d) ? d.Name : root.Name, g.Count(), g.Count(u => u.Vetoed), CountStandards(names, g.ToList())))
            .ToList();
        var vetoes = reader.Vetoes(territory, runId, root.Code);
        return new OverviewAssessment(choice.Run, targets, names, districts, vetoes.Count(v => !v.Propagated), vetoes.Select(v => v.UnitCode).Distinct().Count());
    }

    /// <summary>
    /// The indicators' targets for a year: from the community criteria of the year's latest stored run, else from the
    /// year's default scheme file. The scorecard colours against them.
    /// </summary>
    public IReadOnlyDictionary<string, IndicatorTarget> IndicatorTargets(string year)
    {
        if (!int.TryParse(year, System.Globalization.CultureInfo.InvariantCulture, out var y)) return new Dictionary<string, IndicatorTarget>();
        return reader.HasAssessment() && ChooseRun(y, null) is { } choice && choice.Run.Year == y
            ? reader.IndicatorTargets(choice.Run.RunId)
            : SchemeTargets.DefaultFor(y);
    }

    /// <summary>The standards' names of a run by level and id (scheme data).</summary>
    public IReadOnlyDictionary<(string Level, string Id), string> StandardNames(string runId) => reader.StandardNames(runId);

    /// <summary>The standard's name at a level (达标社区), or its id when the run has none.</summary>
    public static string StandardName(IReadOnlyDictionary<(string Level, string Id), string> names, string level, string id) =>
        names.TryGetValue((level, id), out var name) ? name : id;

    private static List<StandardCount> CountStandards(IReadOnlyDictionary<(string Level, string Id), string> names, IReadOnlyList<AssessedUnit> communities) =>
        names.Where(n => n.Key.Level == "community")
            .Select(n => new StandardCount(n.Key.Id, n.Value, communities.Count(u => u.StandardsAttained.Contains(n.Key.Id)), communities.Count))
            .ToList();

    private List<VetoDetail> VetoDetails(Territory territory, string runId, string rootCode)
    {
        var names = reader.AssessedUnits(territory, runId, rootCode).ToDictionary(u => u.Code, u => u.Name);
        var evidence = reader.VetoEvidence(territory, runId, rootCode);
        return reader.Vetoes(territory, runId, rootCode).Select(v => new VetoDetail(v, names.GetValueOrDefault(v.UnitCode, v.UnitCode),
            v.Path.Select(code => (code, names.GetValueOrDefault(code, code))).ToList(),
            evidence[(v.UnitCode, v.RuleId, v.OriginUnitCode)].ToList())).ToList();
    }
}
