namespace CommunityFp.Registers.Validation;

/// <summary>Validates the rows of one register file against the contract's row rules.</summary>
internal static class RegisterFileValidator
{
    /// <summary>Validates <paramref name="text"/>; a header lacking a required column is a refusal, returned as such.</summary>
    public static (FileValidation? Result, BatchRefusal? Refusal) Validate(
        RegisterDefinition register, TextReader text, BatchContext context)
    {
        var result = new FileValidation(register.FileName);
        var reader = new CsvRecordReader(text);
        if (!reader.TryRead(out var headerRecord))
            return (null, new BatchRefusal(register.FileName, "the file is empty: it has no header row"));
        var header = headerRecord.Fields.Select(f => f.Trim()).ToArray();
        var missing = register.Columns.Where(c => c.Required && !header.Contains(c.Name)).Select(c => c.Name).ToArray();
        if (missing.Length > 0)
            return (null, new BatchRefusal(register.FileName, $"header lacks required column(s) {string.Join(", ", missing)}"));
        if (header.Distinct(StringComparer.Ordinal).Count() != header.Length)
            return (null, new BatchRefusal(register.FileName, "header names a column twice"));

        var checkOrgReferencesLater = register == RegisterCatalog.OrgUnits;
        var candidates = new List<(CsvRecord Record, Dictionary<string, string?> Values, List<(RowErrorKind, string)> Problems)>();
        while (reader.TryRead(out var record))
        {
            result.RowsRead++;
            if (record.Fields.Count != header.Length)
            {
                result.Errors.Add(new RowError(register.FileName, record.Line, null, RowErrorKind.FieldCount,
                    $"{record.Fields.Count} fields where the header has {header.Length}", record.RawText));
                continue;
            }
            var values = ReadValues(header, record);
            candidates.Add((record, values, CheckRow(register, values, context, checkOrgReferencesLater)));
        }

        MarkDuplicateIds(register, candidates);
        if (checkOrgReferencesLater) CheckOrgUnitReferences(candidates, context);
        foreach (var (record, values, problems) in candidates)
        {
            if (problems.Count == 0) { result.ValidRows.Add((record, values)); continue; }
            result.Errors.Add(new RowError(register.FileName, record.Line, values.GetValueOrDefault(register.KeyColumn),
                problems[0].Item1, string.Join("; ", problems.Select(p => p.Item2)), record.RawText));
        }
        result.Errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (register == RegisterCatalog.Residents)
            foreach (var c in candidates)
                if (c.Values["resident_id"] is { } id) context.ResidentIds.Add(id);
        return (result, null);
    }

    private static Dictionary<string, string?> ReadValues(string[] header, CsvRecord record)
    {
        var values = new Dictionary<string, string?>(header.Length, StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var v = record.Fields[i].Trim();
            values[header[i]] = v.Length == 0 ? null : v;
        }
        return values;
    }

    private static List<(RowErrorKind, string)> CheckRow(RegisterDefinition register,
        Dictionary<string, string?> values, BatchContext context, bool skipOrgReferences)
    {
        var problems = new List<(RowErrorKind, string)>();
        foreach (var column in register.Columns)
        {
            var value = values.GetValueOrDefault(column.Name);
            if (value is null)
            {
                if (column.Required || IsConditionallyRequired(register, column, values))
                    problems.Add((RowErrorKind.MissingRequired, $"{column.Name}: required value is empty"));
                continue;
            }
            var rule = skipOrgReferences && column.OrgReference != OrgReference.None
                ? column with { OrgReference = OrgReference.None }
                : column;
            if (ValueRules.Check(rule, value, context) is { } problem) problems.Add(problem);
        }
        if (register == RegisterCatalog.Evaluations && InconsistentEvaluationCounts(values) is { } inconsistent)
            problems.Add((RowErrorKind.InconsistentCounts, inconsistent));
        return problems;
    }

    // evaluations: satisfied ⊆ respondents ⊆ households invited (registers.md). Checked when all three are numbers.
    private static string? InconsistentEvaluationCounts(Dictionary<string, string?> values)
    {
        long? Count(string name) => values.GetValueOrDefault(name) is { } v && FieldParsers.TryParseInteger(v, out var n) ? n : null;
        var (invited, respondents, satisfied) = (Count("households_invited"), Count("respondents"), Count("satisfied"));
        if (satisfied > respondents) return "satisfied: more than respondents";
        if (respondents > invited) return "respondents: more than households_invited";
        return null;
    }

    // residents.status_date is required when status is 2 (moved out) or 3 (deceased);
    // org_units.parent_code is required for every unit but the city (level 1): "null only for the city".
    private static bool IsConditionallyRequired(RegisterDefinition register, RegisterColumn column,
        Dictionary<string, string?> values) =>
        (register == RegisterCatalog.Residents && column.Name == "status_date"
            && values.GetValueOrDefault("status") is { } s && FieldParsers.TryParseInteger(s, out var status)
            && status is 2 or 3)
        || (register == RegisterCatalog.OrgUnits && column.Name == "parent_code"
            && values.GetValueOrDefault("level") is { } l && FieldParsers.TryParseInteger(l, out var level)
            && level != 1);

    private static void MarkDuplicateIds(RegisterDefinition register,
        List<(CsvRecord Record, Dictionary<string, string?> Values, List<(RowErrorKind, string)> Problems)> rows)
    {
        var keyColumn = register.Column(register.KeyColumn)!;
        string? Key(Dictionary<string, string?> v) => v.GetValueOrDefault(keyColumn.Name) is { } k
            ? keyColumn.Kind == ColumnKind.OrgCode ? OrgCode.Normalise(k) ?? k : k
            : null;
        var counts = rows.Select(r => Key(r.Values)).Where(k => k is not null)
            .GroupBy(k => k!, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var row in rows)
            if (Key(row.Values) is { } k && counts.TryGetValue(k, out var n))
                row.Problems.Insert(0, (RowErrorKind.DuplicateId, $"{keyColumn.Name}: id repeated in {n} rows of the file"));
    }

    // org_units references itself (parent_code): the reference set is every unit whose own row passes its own
    // checks; a row quarantined only for an unknown parent still names a unit other rows may reference.
    private static void CheckOrgUnitReferences(
        List<(CsvRecord Record, Dictionary<string, string?> Values, List<(RowErrorKind, string)> Problems)> rows,
        BatchContext context)
    {
        foreach (var (_, values, problems) in rows)
            if (problems.Count == 0 && OrgCode.Normalise(values["code"]!) is { } code
                && FieldParsers.TryParseInteger(values["level"]!, out var level))
                context.OrgUnitLevels[code] = (int)level;
        var parent = RegisterCatalog.OrgUnits.Column("parent_code")!;
        foreach (var (_, values, problems) in rows)
            if (values.GetValueOrDefault("parent_code") is { } p && ValueRules.Check(parent, p, context) is { } problem)
                problems.Add(problem);
    }
}
