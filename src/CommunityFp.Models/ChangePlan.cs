namespace CommunityFp.Models;

/// <summary>
/// What an incremental build knows, model by model, about what changed since the last build: for each model built
/// so far, the earliest date whose figures in it may differ (null = none). A model reading the ETL's tables
/// directly sees the planner's rebuild_from (the first month of a changed batch version); a model reading other
/// models sees the earliest change among them. An incremental model rebuilds its partitions from that date (less
/// its look-back) on; a table whose inputs did not change is kept as it is; a table with a change dating
/// (<see cref="ChangeDating"/>) is rebuilt and compared with its previous rows; any other rebuilt table counts as
/// changed everywhere. A full build (no rebuild_from) rebuilds everything.
/// </summary>
internal sealed class ChangePlan(DateOnly? rebuildFrom)
{
    /// <summary>The change date meaning "anything may differ".</summary>
    public static readonly DateOnly Everything = DateOnly.MinValue;

    private readonly Dictionary<string, DateOnly?> _changedFrom = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _outcomes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kept = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unchanged = new(StringComparer.Ordinal);
    private readonly HashSet<string> _incremental = new(StringComparer.Ordinal);

    /// <summary>True when the build may keep rows of the last one.</summary>
    public bool Incremental => rebuildFrom is not null;

    public IReadOnlyDictionary<string, string> Outcomes => _outcomes;

    public static DateOnly MonthStart(DateOnly d) => d == Everything ? d : new DateOnly(d.Year, d.Month, 1);

    /// <summary>True when something the model reads may differ from the last build (the ETL's tables always may).</summary>
    public bool InputsChanged(ModelDefinition model) =>
        !Incremental || model.Sources.Count > 0 || model.DependsOn.Any(d => _changed.Contains(d) || !_changedFrom.ContainsKey(d));

    /// <summary>
    /// The earliest date from which what the model reads may differ, as dated for incremental models (null = no
    /// change that reaches an incremental model's rows, even if a table's content changed).
    /// </summary>
    public DateOnly? InputsChangedFrom(ModelDefinition model, IReadOnlyCollection<string>? except = null)
    {
        if (!Incremental) return Everything;
        DateOnly? earliest = model.Sources.Count > 0 ? rebuildFrom : null;
        foreach (var dependency in model.DependsOn)
        {
            if (except?.Contains(dependency) == true) continue;
            var changed = _changedFrom.TryGetValue(dependency, out var d) ? d : Everything;
            if (changed is { } c && (earliest is null || c < earliest)) earliest = c;
        }
        return earliest;
    }

    private readonly HashSet<string> _changedRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChangedRecords> _recordsRebuilt = new(StringComparer.Ordinal);

    /// <summary>True when something a built model reads changed since the last build (or the model was not built).</summary>
    public bool Changed(string model) => _changed.Contains(model) || !_changedFrom.ContainsKey(model);

    /// <summary>Whether every scope's known batch versions changed only by a new latest batch since the last build
    /// (null until a changed-records table asks).</summary>
    public bool? AppendedOnly { get; set; }

    /// <summary>Records that only the records in <c>&lt;model&gt;__dirty</c> of a changed-records table were recomputed.</summary>
    public void RecordsRebuilt(ModelDefinition model) => _recordsRebuilt[model.Name] = model.ChangedRecords!;

    /// <summary>Records that a rebuilt table's differing rows, dated per changes_key group, are kept for this build
    /// in <c>&lt;model&gt;__dirty_rows</c> (for dirty-key models reading it).</summary>
    public void ChangedRowsKept(string model) => _changedRows.Add(model);

    /// <summary>True when the model's differing rows (old and new) are in <c>&lt;model&gt;__dirty_rows</c>.</summary>
    public bool HasChangedRows(string model) => _changedRows.Contains(model);

    public void Kept(ModelDefinition model)
    {
        _changedFrom[model.Name] = null;
        _kept.Add(model.Name);
        _outcomes[model.Name] = "kept";
    }

    /// <summary>Records a rebuilt model: whether its content changed, and from when that matters to incremental models.</summary>
    public void Built(ModelDefinition model, DateOnly? changedFrom, bool incrementally = false, bool contentChanged = true,
        string? note = null)
    {
        _changedFrom[model.Name] = changedFrom;
        if (contentChanged) _changed.Add(model.Name);
        else if (Incremental && model.Materialization != Materialization.View) _unchanged.Add(model.Name);
        if (incrementally) _incremental.Add(model.Name);
        _outcomes[model.Name] = incrementally ? $"rebuilt from {changedFrom:yyyy-MM-dd}"
            : !contentChanged ? "rebuilt, unchanged"
            : changedFrom is null ? "rebuilt, changed (not for incremental models)"
            : changedFrom == Everything ? "rebuilt" : $"rebuilt, changed from {changedFrom:yyyy-MM-dd}";
        if (note is not null) _outcomes[model.Name] = $"{note}; {_outcomes[model.Name]}";
    }

    /// <summary>
    /// The query a data test runs in this build, or null to skip it: a kept model's tests of its own rows held in
    /// the last build and still do (so do those of a table rebuilt with the same rows as before); an incrementally rebuilt model's such tests read only the rebuilt rows; every
    /// other test (relationships, queries over several models) reads everything.
    /// </summary>
    public string? TestSql(ModelDefinition model, DataTest test)
    {
        if (_kept.Contains(model.Name) || _unchanged.Contains(model.Name)) return test.OwnRowsOnly ? null : test.FailingRowsSql;
        if (_incremental.Contains(model.Name)) return test.RebuiltRowsSql ?? test.FailingRowsSql;
        if (_recordsRebuilt.TryGetValue(model.Name, out var records) && RecordLocal(test, records))
        {
            // the other records' rows are the last build's, which passed: the rule holds for them alone
            return ModelTestReader.OverRows(test.FailingRowsSql, model.Name, model.RecomputedRecordsFilter);
        }
        return test.FailingRowsSql;
    }

    // a rule about each row alone, or a unique key holding the record's key (a duplicate involves a recomputed record)
    private static bool RecordLocal(DataTest test, ChangedRecords records) =>
        test.OwnRowsOnly && (test.UniqueColumns is null || records.Key.All(test.UniqueColumns.Contains));
}
