namespace CommunityFp.Registers.Validation;

/// <summary>The warnings of registers.md: rows that load, with an issue recorded against them.</summary>
internal static class RowWarningRules
{
    /// <summary>Adds the warnings of the file's valid rows to <paramref name="file"/>.</summary>
    public static void Apply(RegisterDefinition register, FileValidation file, BatchContext context)
    {
        var earlierBirths = register == RegisterCatalog.Births ? EarlierBirthsByMother(file) : null;
        foreach (var (record, values) in file.ValidRows)
        {
            var id = values[register.KeyColumn]!;
            void Warn(RowWarningKind kind, string column, string detail) =>
                file.Warnings.Add(new RowWarning(file.File, record.Line, id, kind, column, detail));

            foreach (var column in register.Columns.Where(c => c.Kind == ColumnKind.CitizenId))
                if (values.GetValueOrDefault(column.Name) is { } cid && CitizenId.Check(cid) is { } problem)
                    Warn(problem == CitizenIdProblem.WrongShape ? RowWarningKind.CitizenIdShape : RowWarningKind.CitizenIdCheck,
                        column.Name, problem == CitizenIdProblem.WrongShape
                            ? "citizen id is not 17 digits and a check character"
                            : "citizen id check character does not match (ISO 7064 MOD 11-2)");

            if (values.GetValueOrDefault("spouse_id") is { } spouse
                && !context.ResidentIds.Contains(spouse))
                Warn(RowWarningKind.UnknownSpouse, "spouse_id", $"spouse {spouse} is not among the batch's residents");
            if (register == RegisterCatalog.Births && values.GetValueOrDefault("father_id") is { } father
                && !context.ResidentIds.Contains(father))
                Warn(RowWarningKind.UnknownFather, "father_id", $"father {father} is not among the batch's residents");

            if (earlierBirths is not null)
            {
                var order = int.Parse(values["birth_order"]!, System.Globalization.CultureInfo.InvariantCulture);
                var earlier = earlierBirths(values["mother_id"]!, values["birth_date"]!);
                var expected = Math.Min(3, 1 + earlier);
                if (order < expected)
                    Warn(RowWarningKind.BirthOrderTooLow, "birth_order",
                        $"birth order {order} but the mother has {earlier} earlier recorded birth(s)");
            }
        }
        file.Warnings.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Kind.CompareTo(b.Kind));
    }

    // Earlier = a loaded birth of the same mother with an earlier birth date (twins born the same day do not count).
    private static Func<string, string, int> EarlierBirthsByMother(FileValidation births)
    {
        var byMother = births.ValidRows
            .Select(r => (Mother: r.Values["mother_id"]!, Date: ParseDate(r.Values["birth_date"]!)))
            .GroupBy(b => b.Mother, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(b => b.Date).ToArray(), StringComparer.Ordinal);
        return (mother, date) =>
        {
            var d = ParseDate(date);
            return byMother.TryGetValue(mother, out var dates) ? dates.Count(x => x < d) : 0;
        };
    }

    private static DateOnly ParseDate(string text) =>
        FieldParsers.TryParseDate(text, out var d) ? d : throw new FormatException("validated date failed to parse");
}
