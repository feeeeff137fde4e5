using CommunityFp.Registers;

namespace CommunityFp.Etl.Validation;

/// <summary>
/// The SQL that stages, checks and types one register file, generated from <see cref="RegisterCatalog"/>.
/// Temp tables: <c>stg_raw</c> (DuckDB's read, all VARCHAR) → <c>stg</c> (trimmed, by catalog name, row order g)
/// → <c>chk</c> (g, record_key, reason: null = valid) → <c>ok</c> (typed rows with row_hash).
/// </summary>
internal sealed class RegisterValidationSql(RegisterDefinition register, IReadOnlyList<string> header, DateOnly asOf)
{
    public RegisterDefinition Register { get; } = register;

    private string Raw(string name) => "c" + IndexOf(name);
    private int IndexOf(string name) => header.ToList().IndexOf(name);
    private bool Has(string name) => IndexOf(name) >= 0;

    /// <summary>
    /// Reads the file with explicit VARCHAR columns (structurally bad lines go to DuckDB's reject tables), trims
    /// every field (empty = null), names catalog columns and keeps unknown columns as JSON, in one pass.
    /// Column g numbers the good rows in file order (0, 1, …) as DuckDB reads them: a streaming row_number() over (),
    /// not rowid (a large transaction-local table's rowid order is not its insertion order).
    /// </summary>
    /// <returns>The statement and its parameters: unknown column names, then the file path (never spliced into SQL).</returns>
    public (string Sql, object?[] Parameters) Stage(string readPath)
    {
        var columns = string.Join(", ", header.Select((_, i) => $"'c{i}': 'VARCHAR'"));
        var cols = Register.Columns.Select(c => Has(c.Name)
            ? $"{ValueSql.Clean(Raw(c.Name))} as {Sql.Id(c.Name)}"
            : $"null::varchar as {Sql.Id(c.Name)}");
        var extras = header.Where(h => Register.Column(h) is null).ToArray();
        var extra = extras.Length == 0 ? "null::varchar"
            : "json_object(" + string.Join(", ", extras.Select(h => $"?::varchar, {ValueSql.Clean(Raw(h))}")) + ")::varchar";
        return ($"""
            create or replace temp table stg as
            select row_number() over () - 1 as g, {string.Join(", ", cols)}, {extra} as extra_columns
            from read_csv(?, columns = {"{" + columns + "}"}, header = true, auto_detect = false,
                delim = ',', quote = '"', escape = '"', store_rejects = true,
                rejects_table = 'stg_rejects', rejects_scan = 'stg_reject_scans', null_padding = false, strict_mode = true);
            """, [.. extras, readPath]);
    }

    private string KeyExpr(string alias)
    {
        var key = Register.Column(Register.KeyColumn)!;
        var v = $"{alias}.{Sql.Id(key.Name)}";
        return key.Kind == ColumnKind.OrgCode ? NormalisedOrg(v) : v;
    }

    private static string NormalisedOrg(string v) => $"(case when regexp_full_match({v}, '[0-9]{{1,18}}') then {v}::bigint::varchar end)";

    /// <summary>
    /// Every row's problems (reason null = valid), typed values and row hash, in one pass; org references are
    /// checked against temp table org_levels unless skipped. Dates are parsed once and reused.
    /// </summary>
    public string Check(bool skipOrgReferences)
    {
        var joins = new List<string>();
        var problems = new List<string>();
        var key = Register.KeyColumn;
        problems.Add($"case when dup.n > 1 then {Sql.Str(key + ": id repeated in ")} || dup.n || ' rows of the file' end");
        var parsed = Register.Columns.Where(c => c.Kind == ColumnKind.Date)
            .Select(c => $"{ValueSql.ParseDate("stg." + Sql.Id(c.Name))} as {Sql.Id("pd_" + c.Name)}");
        string? Pd(RegisterColumn c) => c.Kind == ColumnKind.Date ? "s." + Sql.Id("pd_" + c.Name) : null;
        foreach (var c in Register.Columns)
        {
            var v = $"s.{Sql.Id(c.Name)}";
            string? level = null;
            if (!skipOrgReferences && c.OrgReference != OrgReference.None)
            {
                var alias = $"o{joins.Count}";
                joins.Add($"left join org_levels {alias} on {alias}.code = {NormalisedOrg(v)}");
                level = $"{alias}.level";
            }
            problems.Add(ValueSql.Problem(c, v, asOf, level, RequiredWhen(c), Pd(c)));
        }
        if (Register == RegisterCatalog.Evaluations) problems.Add(InconsistentEvaluationCounts());
        var typed = Register.Columns.Select(c => $"{ValueSql.Typed(c, "s." + Sql.Id(c.Name), Pd(c))} as {Sql.Id(c.Name)}");
        var names = ColumnTypesList();
        return $"""
            create or replace temp table chk as
            select g, record_key, reason, {names}, extra_columns, hash({names}, extra_columns) as row_hash
            from (select s.g, {KeyExpr("s")} as record_key, nullif(concat_ws('; ', {string.Join(", ", problems)}), '') as reason,
                         {string.Join(", ", typed)}, s.extra_columns
                  from (select *, {string.Join(", ", parsed.DefaultIfEmpty("null as pd_none"))} from stg) s
                  left join dup_keys dup on dup.k = {KeyExpr("s")}
                  {string.Join("\n", joins)});
            """;
    }

    /// <summary>Keys written more than once in the file (an aggregate: cheaper than a window over every column).</summary>
    public string DuplicateKeys() => $"""
        create or replace temp table dup_keys as
        select {KeyExpr("stg")} as k, count(*) as n from stg where {KeyExpr("stg")} is not null group by 1 having count(*) > 1;
        """;

    /// <summary>The distinct keys of stg's rows that are also record keys of <paramref name="relation"/> (a join: stg is the small side).</summary>
    public string KeysAlsoIn(string relation) => $"""
        select distinct s.k from (select distinct {KeyExpr("stg")} as k from stg) s join {relation} u on u.record_key = s.k;
        """;

    /// <summary>org_units' own references (parent_code), checked once the units that pass their own checks are known.</summary>
    public static string CheckOrgUnitParents() => $"""
        create or replace temp table chk as
        select c.* replace (nullif(concat_ws('; ', c.reason,
            {ValueSql.Problem(RegisterCatalog.OrgUnits.Column("parent_code")!, "s.parent_code", default, "o.level", null)}), '') as reason)
        from chk c join stg s on s.g = c.g
        left join org_levels o on o.code = {NormalisedOrg("s.parent_code")};
        """;

    /// <summary>The units of the batch's org_units whose rows pass their own checks: what references may name.</summary>
    public static string OrgLevels() => """
        create or replace temp table org_levels as
        select code, any_value(level) as level from chk where reason is null group by 1;
        """;

    /// <summary>The valid rows, typed, with the hash that identifies a record version.</summary>
    public static string Ok() => "create or replace temp view ok as select * exclude (reason) from chk where reason is null;";

    private string ColumnTypesList() => string.Join(", ", Register.Columns.Select(c => Sql.Id(c.Name)));

    // evaluations: satisfied ⊆ respondents ⊆ households invited (registers.md); a row whose counts contradict each
    // other cannot be trusted (it would also give a satisfaction rate over 100%). Compared when all three are numbers.
    private string InconsistentEvaluationCounts()
    {
        string Count(string name) => ValueSql.Typed(Register.Column(name)!, "s." + Sql.Id(name), null);
        return $"""
            case when {Count("satisfied")} > {Count("respondents")} then {Sql.Str("satisfied: more than respondents")}
                 when {Count("respondents")} > {Count("households_invited")} then {Sql.Str("respondents: more than households_invited")} end
            """;
    }

    // residents.status_date is required when status is 2 (moved out) or 3 (deceased);
    // org_units.parent_code is required for every unit but the city (level 1): "null only for the city".
    private string? RequiredWhen(RegisterColumn c) =>
        Register == RegisterCatalog.Residents && c.Name == "status_date"
            ? "regexp_full_match(s.status, '[0-9]{1,18}') and try_cast(s.status as bigint) in (2, 3)"
            : Register == RegisterCatalog.OrgUnits && c.Name == "parent_code"
                ? "regexp_full_match(s.level, '[0-9]{1,18}') and try_cast(s.level as bigint) <> 1"
                : null;
}
