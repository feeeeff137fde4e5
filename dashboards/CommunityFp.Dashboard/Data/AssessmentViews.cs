namespace CommunityFp.Dashboard.Data;

// What the assessment pages show, composed by DashboardData for the signed-in user's territory.

/// <summary>The run a view shows and the choices around it (the years with runs, the runs of its year).</summary>
public sealed record RunChoice(AssessmentRun Run, IReadOnlyList<int> Years, IReadOnlyList<AssessmentRun> RunsOfYear);

/// <summary>The assessment of one unit: score by criterion, standards and why, vetoes with evidence.</summary>
public sealed record UnitAssessment(
    RunChoice Choice, OrgUnit Unit, AssessedUnit? Result, IReadOnlyList<CriterionScore> Criteria,
    IReadOnlyList<StandardOutcome> Standards, IReadOnlyList<VetoDetail> Vetoes);

/// <summary>Every veto of a run inside the territory (the veto review).</summary>
public sealed record VetoReview(RunChoice Choice, OrgUnit Root, IReadOnlyList<VetoDetail> Vetoes);

/// <summary>A standard's count among the communities of a unit.</summary>
public sealed record StandardCount(string Id, string Name, int Attaining, int Communities)
{
    public double? Share => Communities > 0 ? (double)Attaining / Communities : null;
}

/// <summary>A target in a report: the report unit's own share against it, and the forecast where the target's scope is the unit.</summary>
public sealed record ReportTarget(TargetProgressRow Definition, string StandardName, int Attaining, int Communities, TargetProgressRow? Progress)
{
    public double? Share => Communities > 0 ? (double)Attaining / Communities : null;

    /// <summary>How far the share is below the target (0 when met); null without a share or threshold.</summary>
    public double? Gap => Share is { } s && Definition.Required is { } r ? Math.Max(0, r - s) : null;
}

/// <summary>The assessment report of a unit and year: the document leaders sign.</summary>
public sealed record AssessmentReport(
    RunChoice Choice, OrgUnit Unit, int Communities, int VetoedCommunities, IReadOnlyList<StandardCount> Summary,
    IReadOnlyList<ReportTarget> Targets, IReadOnlyList<AssessedUnit> Units, IReadOnlyList<VetoDetail> Vetoes,
    IReadOnlyDictionary<(string Level, string Id), string> StandardNames);

/// <summary>One row of "communities per standard in each district".</summary>
public sealed record DistrictStandards(string Code, string Name, int Communities, int Vetoed, IReadOnlyList<StandardCount> Standards);

/// <summary>The overview's assessment part for a year: targets with trajectory and forecast, standards per district, vetoes.</summary>
public sealed record OverviewAssessment(
    AssessmentRun Run, IReadOnlyList<TargetProgressRow> Targets, IReadOnlyDictionary<(string Level, string Id), string> StandardNames,
    IReadOnlyList<DistrictStandards> Districts, int Vetoes, int VetoedUnits);
