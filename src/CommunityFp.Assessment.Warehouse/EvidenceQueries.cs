using CommunityFp.Assessment.Inputs;
using DuckDB.NET.Data;

namespace CommunityFp.Assessment.Warehouse;

/// <summary>
/// The records behind the indicators a veto can rest on, per unit and year, summed over the unit's territory
/// exactly as the models sum the indicator (core_period_territories): the third-plus births without a valid
/// certificate (register <c>births</c>) and the hospital births the FP registers do not hold (register
/// <c>ext_hospital_births</c>). Keys only: register, record id, date and community — never a name or citizen id.
/// </summary>
internal sealed class EvidenceQueries
{
    public const string ThirdBirthsIndicator = "third_plus_births_without_certificate";
    public const string CompletenessIndicator = "birth_registration_completeness";

    private readonly Dictionary<(string Unit, string Indicator, int Year), List<EvidenceRecord>> _records = [];

    public static EvidenceQueries Read(DuckDBConnection connection)
    {
        var evidence = new EvidenceQueries();
        evidence.Add(connection, ThirdBirthsIndicator, "births", """
            select cast(b.birth_id as varchar) as record_id, b.birth_date as record_date, cast(b.community_code as varchar) as community_code,
                   b.birth_month_end as month_end
            from core_birth_checks b
            where b.birth_order = 3 and not b.has_valid_certificate
            """);
        evidence.Add(connection, CompletenessIndicator, "ext_hospital_births", """
            select cast(h.record_id as varchar) as record_id, h.birth_date as record_date, cast(h.community_code as varchar) as community_code,
                   h.birth_month_end as month_end
            from core_hospital_birth_matches h
            where not h.registered
            """);
        return evidence;
    }

    public IReadOnlyList<EvidenceRecord> For(string unit, string indicator, int year) =>
        _records.TryGetValue((unit, indicator, year), out var list) ? list : [];

    /// <summary>
    /// <paramref name="records"/> is a fixed query from this class (no user text); the year rows of the territory
    /// model attribute each record to every unit whose territory holds its community that year.
    /// </summary>
    private void Add(DuckDBConnection connection, string indicator, string register, string records)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            with records as ({records})
            select cast(t.unit_code as varchar), cast(t.period as integer), r.record_id, r.record_date, r.community_code
            from records r
            join core_periods p on p.period_type = 'year' and r.month_end between p.period_start and p.period_end
            join core_period_territories t on t.period_type = p.period_type and t.period = p.period and t.community_code = r.community_code
            order by 1, 2, r.record_date, r.record_id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetString(0), indicator, reader.GetInt32(1));
            if (!_records.TryGetValue(key, out var list)) _records[key] = list = [];
            list.Add(new EvidenceRecord(register, reader.GetString(2), reader.GetFieldValue<DateOnly>(3), reader.GetString(4)));
        }
    }
}
