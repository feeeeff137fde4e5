using System.Globalization;
using CommunityFp.Assessment.Indicators;
using CommunityFp.Assessment.Numbers;

namespace CommunityFp.Assessment.Schemes;

/// <summary>
/// Turns a parsed scheme file into an <see cref="AssessmentScheme"/>, or lists every error with its JSON path.
/// Weights "add up" when the criteria weights of a level sum exactly to the level's <c>total</c> (default 100).
/// </summary>
internal sealed class SchemeValidator
{
    private readonly List<SchemeError> _errors = [];

    public static (AssessmentScheme? Scheme, IReadOnlyList<SchemeError> Errors) Validate(SchemeDocument document)
    {
        var validator = new SchemeValidator();
        var scheme = validator.Build(document);
        return validator._errors.Count == 0 ? (scheme, []) : (null, validator._errors);
    }

    private void Error(string path, string message) => _errors.Add(new SchemeError(path, message));

    private AssessmentScheme Build(SchemeDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.Scheme)) Error("$.scheme", "missing: the scheme needs an id");
        if (document.Version is null) Error("$.version", "missing: the scheme needs a version number");
        if (document.Year is null) Error("$.year", "missing: the scheme needs the year it applies from");
        var levels = BuildLevels(document.Levels);
        var standardsByLevel = levels.ToDictionary(l => l.Level, l => l.Standards.Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
        foreach (var level in levels) CheckChildStandardIndicators(level, standardsByLevel);
        var targets = BuildTargets(document.Targets, standardsByLevel);
        return new AssessmentScheme(document.Scheme ?? "", document.Version ?? 0, document.Year ?? 0, levels, targets);
    }

    private List<LevelScheme> BuildLevels(Dictionary<string, LevelDocument?>? documents)
    {
        if (documents is null || documents.Count == 0)
        {
            Error("$.levels", "missing: the scheme needs at least one level (community, street, district)");
            return [];
        }
        foreach (var key in documents.Keys.Where(k => !AssessmentLevels.TryParseAssessed(k, out _)).Order(StringComparer.Ordinal))
            Error(Member("$.levels", key), $"unknown level '{key}' (expected community, street or district)");
        var levels = new List<LevelScheme>();
        foreach (var level in AssessmentLevels.BottomUp)
        {
            if (documents.TryGetValue(level.Key(), out var document))
                levels.Add(BuildLevel(level, document, $"$.levels.{level.Key()}"));
        }
        return levels;
    }

    private LevelScheme BuildLevel(AssessmentLevel level, LevelDocument? document, string path)
    {
        if (document is null)
        {
            Error(path, "a level must be an object with criteria");
            return new LevelScheme(level, 100, [], [], []);
        }
        var total = document.Total ?? 100;
        if (total <= 0) Error($"{path}.total", "the level's total points must be positive");
        var criteria = BuildList(document.Criteria, $"{path}.criteria", (c, p) => BuildCriterion(level, c, p));
        CheckWeights(document.Criteria, total, $"{path}.criteria");
        var vetoes = BuildList(document.Vetoes, $"{path}.vetoes", (v, p) => BuildVeto(level, v, p));
        CheckUnique(vetoes.Select(v => v.Id), $"{path}.vetoes", "veto");
        var standards = BuildList(document.Standards, $"{path}.standards", (s, p) => BuildStandard(level, total, s, p));
        CheckUnique(standards.Select(s => s.Id), $"{path}.standards", "standard");
        return new LevelScheme(level, total, criteria, vetoes, standards);
    }

    /// <summary>Sums the weights as written, so that a criterion refused for another reason does not also upset the sum.</summary>
    private void CheckWeights(List<CriterionDocument?>? criteria, decimal total, string path)
    {
        if (criteria is null || criteria.Count == 0)
        {
            Error(path, "a level needs at least one criterion");
            return;
        }
        if (criteria.Any(c => c?.Weight is not > 0)) return; // reported on the criterion itself
        var weights = criteria.Sum(c => c!.Weight!.Value);
        if (weights != total) Error(path, $"weights add up to {Show(weights)}, not the level's total {Show(total)}");
    }

    private List<T> BuildList<TDocument, T>(List<TDocument?>? documents, string path, Func<TDocument, string, T?> build)
        where TDocument : class where T : class
    {
        var built = new List<T>();
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var itemPath = $"{path}[{i}]";
            if (documents![i] is not { } document) Error(itemPath, "must be an object, not null");
            else if (build(document, itemPath) is { } item) built.Add(item);
        }
        return built;
    }

    private CriterionSpec? BuildCriterion(AssessmentLevel level, CriterionDocument c, string path)
    {
        var errorsBefore = _errors.Count;
        CheckIndicator(level, c.Indicator, $"{path}.indicator");
        if (c.Weight is not > 0) Error($"{path}.weight", c.Weight is null ? "missing: a criterion needs a weight" : "the weight must be positive");
        var rule = c.Rule switch
        {
            "deduct" => ScoringRule.Deduct, "linear" => ScoringRule.Linear, "threshold" => ScoringRule.Threshold,
            _ => (ScoringRule?)null,
        };
        if (rule is null) Error($"{path}.rule", c.Rule is null ? "missing: expected deduct, linear or threshold" : $"unknown rule '{c.Rule}' (expected deduct, linear or threshold)");
        var direction = c.Direction switch { null or "higher" => Direction.Higher, "lower" => Direction.Lower, _ => (Direction?)null };
        if (direction is null) Error($"{path}.direction", $"unknown direction '{c.Direction}' (expected higher or lower)");
        var noData = c.WhenNoData switch { null or "zero" => NoDataPolicy.Zero, "exclude" => NoDataPolicy.Exclude, _ => (NoDataPolicy?)null };
        if (noData is null) Error($"{path}.when_no_data", $"unknown when_no_data '{c.WhenNoData}' (expected zero or exclude)");
        if (c.Target is null) Error($"{path}.target", "missing: a criterion needs a target");
        else CheckProportionRange(c.Indicator, c.Target.Value, $"{path}.target");
        CheckRuleParameters(rule, direction, c, path);
        return _errors.Count > errorsBefore ? null
            : new CriterionSpec(c.Indicator!, c.Weight!.Value, rule!.Value, c.Target!.Value, c.PerPoint, c.Floor, direction!.Value, noData!.Value);
    }

    private void CheckRuleParameters(ScoringRule? rule, Direction? direction, CriterionDocument c, string path)
    {
        if (rule == ScoringRule.Deduct && c.PerPoint is not > 0)
            Error($"{path}.per_point", c.PerPoint is null ? "missing: rule deduct needs per_point (points lost per percentage point short)" : "per_point must be positive");
        if (rule != ScoringRule.Deduct && c.PerPoint is not null)
            Error($"{path}.per_point", $"per_point applies only to rule deduct, not {c.Rule}");
        if (rule == ScoringRule.Linear)
        {
            if (c.Floor is null) Error($"{path}.floor", "missing: rule linear needs a floor (the value that scores 0)");
            else if (c.Target is { } target && direction is { } d && (d == Direction.Higher ? c.Floor >= target : c.Floor <= target))
                Error($"{path}.floor", $"the floor must be {(d == Direction.Higher ? "below" : "above")} the target for direction {c.Direction ?? "higher"}");
            else CheckProportionRange(c.Indicator, c.Floor.Value, $"{path}.floor");
        }
        else if (c.Floor is not null) Error($"{path}.floor", $"floor applies only to rule linear, not {c.Rule}");
    }

    private VetoSpec? BuildVeto(AssessmentLevel level, VetoDocument v, string path)
    {
        var errorsBefore = _errors.Count;
        if (string.IsNullOrWhiteSpace(v.Id)) Error($"{path}.id", "missing: a veto needs an id");
        if (v.Indicator is null) Error($"{path}.indicator", "missing: a veto needs the indicator it tests");
        else CheckIndicator(level, v.Indicator, $"{path}.indicator");
        var when = ParseComparison(v.When, $"{path}.when", "a veto with no condition: 'when' is missing (e.g. \"> 0\")");
        if (v.Propagates is < 0) Error($"{path}.propagates", "propagates must be 0 or more levels");
        return _errors.Count > errorsBefore ? null : new VetoSpec(v.Id!, v.Indicator!, when!, v.Propagates ?? 0);
    }

    private StandardSpec? BuildStandard(AssessmentLevel level, decimal total, StandardDocument s, string path)
    {
        var errorsBefore = _errors.Count;
        if (string.IsNullOrWhiteSpace(s.Id)) Error($"{path}.id", "missing: a standard needs an id");
        if (s.MinScore is null) Error($"{path}.min_score", "missing: a standard needs min_score");
        else if (s.MinScore < 0 || s.MinScore > total) Error($"{path}.min_score", $"min_score must lie in [0, {Show(total)}]");
        var requires = new List<Requirement>();
        foreach (var (indicator, condition) in s.Requires ?? [])
        {
            var requirePath = Member($"{path}.requires", indicator);
            var known = CheckIndicator(level, indicator, requirePath);
            var comparison = ParseComparison(condition, requirePath, "missing condition (e.g. \">= 0.90\")");
            if (known && comparison is not null) requires.Add(new Requirement(indicator, comparison));
        }
        var years = s.NoVetoInYears ?? [];
        if (years.Distinct().Count() != years.Count) Error($"{path}.no_veto_in_years", "a year is listed twice");
        return _errors.Count > errorsBefore ? null
            : new StandardSpec(s.Id!, s.Name ?? s.Id!, s.MinScore!.Value, requires, [.. years.Order()]);
    }

    private List<TargetSpec> BuildTargets(List<TargetDocument?>? documents, Dictionary<AssessmentLevel, HashSet<string>> standards) =>
        BuildList(documents, "$.targets", (t, path) => BuildTarget(t, path, standards));

    private TargetSpec? BuildTarget(TargetDocument t, string path, Dictionary<AssessmentLevel, HashSet<string>> standards)
    {
        var errorsBefore = _errors.Count;
        if (string.IsNullOrWhiteSpace(t.Scope)) Error($"{path}.scope", "missing: a target needs a scope (an org unit code)");
        if (!AssessmentLevels.TryParseAssessed(t.Level, out var level))
            Error($"{path}.level", t.Level is null ? "missing: a target needs a level" : $"unknown level '{t.Level}' (expected community, street or district)");
        else if (!standards.TryGetValue(level, out var ids))
            Error($"{path}.level", $"the scheme does not assess level '{t.Level}'");
        else if (t.Standard is null || !ids.Contains(t.Standard))
            Error($"{path}.standard", t.Standard is null ? "missing: a target needs a standard" : $"unknown standard '{t.Standard}' at level '{t.Level}'");
        var share = ParseComparison(t.Share, $"{path}.share", "missing: a target needs a share (e.g. \">= 0.90\")");
        if (share is not null && (share.Operand < 0 || share.Operand > 1)) Error($"{path}.share", "a share lies in [0, 1]");
        var by = DateOnly.MinValue;
        if (t.By is null || !DateOnly.TryParseExact(t.By, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out by))
            Error($"{path}.by", $"expected a date yyyy-MM-dd, got '{t.By}'");
        return _errors.Count > errorsBefore ? null : new TargetSpec(t.Scope!, level, t.Standard!, share!, by);
    }

    /// <summary><c>share_of_children_attaining:X</c> needs X among the child level's standards.</summary>
    private void CheckChildStandardIndicators(LevelScheme level, Dictionary<AssessmentLevel, HashSet<string>> standards)
    {
        var path = $"$.levels.{level.Level.Key()}";
        var uses = level.Criteria.Select((c, i) => (c.Indicator, Path: $"{path}.criteria[{i}].indicator"))
            .Concat(level.Vetoes.Select((v, i) => (v.Indicator, Path: $"{path}.vetoes[{i}].indicator")))
            .Concat(level.Standards.SelectMany((s, i) => s.Requires.Select(r => (r.Indicator, Path: Member($"{path}.standards[{i}].requires", r.Indicator)))));
        foreach (var (indicator, usePath) in uses)
        {
            if (!IndicatorCatalog.TryGetChildStandard(indicator, out var standard) || level.Level.ChildLevel() is not { } child) continue;
            if (!standards.TryGetValue(child, out var ids))
                Error(usePath, $"'{indicator}' needs the child level '{child.Key()}' in the scheme");
            else if (!ids.Contains(standard))
                Error(usePath, $"unknown standard '{standard}' at the child level '{child.Key()}'");
        }
    }

    private bool CheckIndicator(AssessmentLevel level, string? id, string path)
    {
        var definition = IndicatorCatalog.Find(id);
        if (definition is null)
        {
            Error(path, id is null ? "missing: expected an indicator id" : $"unknown indicator '{id}'");
            return false;
        }
        if (definition.Kind == IndicatorKind.MultiValued) Error(path, $"indicator '{id}' has one value per category and cannot be assessed as one value");
        else if (definition.ParentOnly && level == AssessmentLevel.Community) Error(path, $"indicator '{id}' is for parent units (street, district) only");
        else return true;
        return false;
    }

    private void CheckProportionRange(string? indicator, decimal value, string path)
    {
        if (IndicatorCatalog.Find(indicator)?.Kind == IndicatorKind.Proportion && (value < 0 || value > 1))
            Error(path, $"'{indicator}' is a proportion: write {Show(value)} as a fraction in [0, 1] (e.g. 0.95, not 95)");
    }

    private Comparison? ParseComparison(string? text, string path, string whenMissing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(path, whenMissing);
            return null;
        }
        if (Comparison.TryParse(text, out var comparison)) return comparison;
        Error(path, $"bad comparison '{text}': {Comparison.Expected}");
        return null;
    }

    private void CheckUnique(IEnumerable<string> ids, string path, string what)
    {
        foreach (var id in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal))
            Error(path, $"{what} id '{id}' is used twice");
    }

    /// <summary><c>$.a.b</c> for a plain name, <c>$.a['b:c']</c> for any other (JSONPath bracket notation).</summary>
    internal static string Member(string path, string key) =>
        key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(key[0])
            ? $"{path}.{key}"
            : $"{path}['{key.Replace("\\", "\\\\").Replace("'", "\\'")}']";

    private static string Show(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
