namespace CommunityFp.Models;

/// <summary>One SQL model: <c>sql/&lt;layer&gt;/&lt;name&gt;.sql</c> and its description file <c>&lt;name&gt;.yml</c>.</summary>
/// <param name="Name">The model's name: its file stem, and the warehouse object it builds.</param>
/// <param name="Layer">staging, core or marts.</param>
/// <param name="Description">What it holds, for <c>cfp models</c> and newcomers.</param>
/// <param name="Materialization">View, table or incremental table.</param>
/// <param name="DependsOn">The models (and warehouse tables, as <c>source:</c>) it reads.</param>
/// <param name="Sources">Warehouse tables loaded by the ETL that it reads directly (staging models only).</param>
/// <param name="Sql">The model's select (a CTE chain ending in one final select).</param>
/// <param name="Tests">Its data tests.</param>
/// <param name="IncrementalKey">For incremental models: the date column compared with <c>rebuild_from</c>, or
/// <c>period</c> for rows keyed by (period_type, period), compared through <c>core_periods.period_end</c>.</param>
/// <param name="LookbackDays">For incremental models: how many days before the earliest changed input date its rows
/// can still change (e.g. a visit completes due dates up to 30 days before it).</param>
/// <param name="Changes">For tables read by incremental models: how to date a change of the table between builds.</param>
/// <param name="MergeOnKey">For incremental models (<c>incremental_strategy: merge</c>): rows are replaced by unique key
/// rather than by partition. The model computed from rebuild_from on gives the whole row of every key that has input
/// rows from then on (e.g. a record's latest state); those keys' rows are replaced, the others kept.</param>
/// <param name="DirtyKey">For incremental models (<c>dirty_key</c>): columns of its rows (e.g. scope, woman_id) such that
/// a row depends only on the rows of <see cref="DirtyInputs"/> naming the same key. Changed rows of those inputs dated
/// before the partitions rebuilt name the keys whose earlier rows are recomputed too.</param>
/// <param name="DirtyInputs">The inputs (rebuilt tables with <c>changes_from</c>) whose changed rows name dirty keys, each
/// with its columns giving <see cref="DirtyKey"/> in order (or <see cref="DirtyKeyFrom"/>'s input key).</param>
/// <param name="DirtyKeyFrom">Optional (<c>dirty_key_from</c>, with <c>dirty_input_key</c>): a query giving the dirty keys
/// from the keys the inputs' changed rows name, read from <c>&lt;model&gt;__dirty_named</c> (e.g. the women's (community,
/// month) cells from the register states).</param>
/// <param name="DirtyInputKey">The columns of <c>&lt;model&gt;__dirty_named</c> when <see cref="DirtyKeyFrom"/> is given.</param>
/// <param name="ChangedRecords">For staging tables with one row per record of a register (<c>changed_records</c>): an
/// incremental build recomputes only the records whose versions changed since the last build.</param>
public sealed record ModelDefinition(
    string Name,
    string Layer,
    string Description,
    Materialization Materialization,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> Sources,
    string Sql,
    IReadOnlyList<DataTest> Tests,
    string? IncrementalKey = null,
    int LookbackDays = 0,
    ChangeDating? Changes = null,
    bool MergeOnKey = false,
    IReadOnlyList<string>? DirtyKey = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? DirtyInputs = null,
    string? DirtyKeyFrom = null,
    IReadOnlyList<string>? DirtyInputKey = null,
    ChangedRecords? ChangedRecords = null)
{
    /// <summary>The temp table a dirty-key model's SQL reads the dirty keys from (empty unless recomputing them); for a
    /// <see cref="ChangedRecords"/> model, the records recomputed by an incremental build.</summary>
    public string DirtyTable => $"{Name}__dirty";

    /// <summary>True when the runner gives the model a <see cref="DirtyTable"/> to read.</summary>
    public bool HasDirtyTable => DirtyKey is not null || ChangedRecords is not null;

    /// <summary>For a <see cref="ChangedRecords"/> table: the filter of its rows whose record is in <see cref="DirtyTable"/>.</summary>
    public string RecomputedRecordsFilter =>
        $"({ChangedRecords!.Key[0]}, {ChangedRecords.Key[1]}) in (select scope, record_key from {DirtyTable})";

    /// <summary>The columns of the model's first <c>unique</c> test (null when it has none): one row per key.</summary>
    public IReadOnlyList<string>? UniqueKey => Tests.FirstOrDefault(t => t.UniqueColumns is not null)?.UniqueColumns;

    /// <summary>The incremental key that names periods rather than a date column.</summary>
    public const string PeriodKey = "period";
}

/// <summary>
/// How an incremental build dates a change of a (fully rebuilt) table: its rows that differ from the previous build,
/// old and new, are grouped by <paramref name="Key"/> (every differing row on its own when empty) and
/// <paramref name="FromSql"/>, an aggregate over each group, gives the earliest date whose figures that change can
/// affect; the table's change date is the earliest over the groups.
/// </summary>
public sealed record ChangeDating(IReadOnlyList<string> Key, string FromSql);

/// <summary>
/// A staging table whose rows are one per record of <paramref name="Register"/> (history table <c>hist_&lt;register&gt;</c>,
/// stand-ins <c>standin_&lt;register&gt;</c>), each computed from that record's versions alone. <paramref name="Key"/>:
/// the model's columns holding the record's scope and record_key. With <paramref name="EveryKnownVersion"/> false a
/// row depends on the record's version in the latest known batch of its scope; true, on every known version (an
/// incremental build then recomputes by record only when each scope's known versions changed by a new latest batch
/// alone, and rebuilds the table otherwise).
/// </summary>
public sealed record ChangedRecords(string Register, IReadOnlyList<string> Key, bool EveryKnownVersion);
