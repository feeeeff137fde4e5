using CommunityFp.Exports.Catalog;
using CommunityFp.Registers;

namespace CommunityFp.Exports.Deidentification;

/// <summary>
/// Refuses an export that could carry personal data, before anything is written: every column of the query must
/// be on the definition's allow-list, none may be flagged personal, none may bear the name of a register's personal
/// column (names, citizen ids) or an exact birth date; microdata may hold no exact dates at all (use the month).
/// </summary>
public static class PersonalDataGuard
{
    /// <summary>Column names that hold personal data wherever they appear: the registers' personal columns
    /// (<see cref="RegisterColumn.IsPersonalData"/>) and birth dates.</summary>
    public static IReadOnlySet<string> PersonalColumnNames { get; } = RegisterCatalog.All
        .SelectMany(r => r.Columns).Where(c => c.IsPersonalData).Select(c => c.Name)
        .Append("birth_date").Append("mother_birth_date").Append("date_of_birth")
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static void Check(ExportDefinition definition, IReadOnlyList<(string Name, string Type)> columns)
    {
        var problems = new List<string>();
        foreach (var (name, type) in columns)
        {
            var doc = definition.Column(name);
            if (doc is null) problems.Add($"{name}: not on the export's column list");
            else if (doc.Personal) problems.Add($"{name}: flagged personal");
            if (LooksPersonal(name)) problems.Add($"{name}: a name, citizen id or birth date");
            if (definition.Kind == ExportKind.Microdata && IsExactDate(type))
                problems.Add($"{name}: an exact date in microdata (export the month)");
        }
        if (problems.Count > 0)
            throw new PersonalDataException(definition.Name, problems);
    }

    private static bool LooksPersonal(string name) =>
        PersonalColumnNames.Contains(name)
        || name.Contains("citizen_id", StringComparison.OrdinalIgnoreCase)
        || name.Contains("birth_date", StringComparison.OrdinalIgnoreCase);

    private static bool IsExactDate(string duckDbType) =>
        duckDbType.StartsWith("date", StringComparison.OrdinalIgnoreCase)
        || duckDbType.StartsWith("timestamp", StringComparison.OrdinalIgnoreCase);
}

public sealed class PersonalDataException(string export, IReadOnlyList<string> problems)
    : Exception($"export {export} refused: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
