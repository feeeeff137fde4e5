using CommunityFp.Registers;

namespace CommunityFp.Etl.Validation;

/// <summary>
/// The warnings of registers.md over the valid rows (temp table <c>ok</c>): they load, with the issue recorded.
/// Details name the rule only: never a name or a citizen id.
/// </summary>
internal static class WarningSql
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A query of (g, record_key, kind, column, detail) rows; null when the register has no warning rule.</summary>
    /// <param name="all">
    /// The relation of every valid row of the batch (<c>ok</c>, or <c>ok_full</c> when unchanged rows were reused:
    /// their g is null). Row-local rules (citizen ids) read <c>ok</c> only: a reused row had no warning before.
    /// </param>
    public static string? Query(RegisterDefinition r, string all = "ok")
    {
        var parts = new List<string>();
        foreach (var c in r.Columns.Where(c => c.Kind == ColumnKind.CitizenId))
            parts.Add(CitizenId(c.Name));
        if (r.Column("spouse_id") is not null)
            parts.Add(NotAResident(all, "spouse_id", "UnknownSpouse", "spouse_id is not among the batch's residents"));
        if (r == RegisterCatalog.Births)
        {
            parts.Add(NotAResident(all, "father_id", "UnknownFather", "father_id is not among the batch's residents"));
            parts.Add(BirthOrder(all));
        }
        return parts.Count == 0 ? null : string.Join("\nunion all\n", parts);
    }

    private static string CitizenId(string column)
    {
        var v = $"ok.{Sql.Id(column)}";
        var sum = string.Join(" + ", Weights.Select((w, i) => $"{w} * (ascii(substr({v}, {i + 1}, 1)) - 48)"));
        var shapeOk = $"regexp_full_match({v}, '[0-9]{{17}}[0-9X]') and try_strptime(substr({v}, 7, 8), '%Y%m%d') is not null";
        return $"""
            select g, record_key, case when not ({shapeOk}) then 'CitizenIdShape' else 'CitizenIdCheck' end as kind,
                   {Sql.Str(column)} as "column",
                   case when not ({shapeOk}) then 'citizen id is not 17 digits and a check character'
                        else 'citizen id check character does not match (ISO 7064 MOD 11-2)' end as detail
            from ok
            where {v} is not null
              and (not ({shapeOk}) or substr('10X98765432', (({sum}) % 11) + 1, 1) <> substr({v}, 18, 1))
            """;
    }

    private static string NotAResident(string all, string column, string kind, string detail) => $"""
        select g, record_key, {Sql.Str(kind)}, {Sql.Str(column)}, {Sql.Str(detail)}
        from {all} ok where ok.{Sql.Id(column)} is not null
          and ok.{Sql.Id(column)} not in (select resident_id from batch_resident_ids)
        """;

    // Earlier = a valid birth of the same mother with an earlier birth date (twins of one day do not count).
    private static string BirthOrder(string all) => $"""
        select b.g, b.record_key, 'BirthOrderTooLow', 'birth_order',
               'birth order ' || b.birth_order || ' but the mother has ' || count(e.record_key) || ' earlier recorded birth(s)'
        from {all} b left join {all} e on e.mother_id = b.mother_id and e.birth_date < b.birth_date
        group by b.g, b.record_key, b.birth_order
        having b.birth_order < least(3, 1 + count(e.record_key))
        """;
}
