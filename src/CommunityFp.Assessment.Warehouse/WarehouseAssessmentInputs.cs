using CommunityFp.Assessment.Indicators;
using CommunityFp.Assessment.Inputs;
using DuckDB.NET.Data;

namespace CommunityFp.Assessment.Warehouse;

/// <summary>
/// What the last build of the warehouse tells a run: its knowledge date, the batch versions it used, the org tree
/// at 31 Dec of every year with figures, the yearly rows of <c>indicator_values</c> and the evidence behind the
/// two count-like vetoes. Read once, in bulk, when opened; every query is parameterised.
/// </summary>
public sealed class WarehouseAssessmentInputs : IAssessmentInputs
{
    private readonly Dictionary<int, IReadOnlyList<OrgUnit>> _trees;
    private readonly Dictionary<(string Unit, string Indicator, int Year), IndicatorValue> _values;
    private readonly IReadOnlySet<(string Unit, int Year)> _vetoedBefore;

    private WarehouseAssessmentInputs(
        BuildInputs build, Dictionary<int, IReadOnlyList<OrgUnit>> trees,
        Dictionary<(string, string, int), IndicatorValue> values, IReadOnlySet<(string, int)> vetoedBefore)
    {
        KnowledgeDate = build.KnowledgeDate;
        BatchIds = build.BatchIds;
        _trees = trees;
        _values = values;
        _vetoedBefore = vetoedBefore;
        Years = [.. trees.Keys.Order()];
    }

    public DateOnly? KnowledgeDate { get; }

    public IReadOnlyList<string> BatchIds { get; }

    public IReadOnlyList<int> Years { get; }

    /// <summary>Reads the inputs of the warehouse's last build. <paramref name="vetoedBefore"/> answers <see cref="WasVetoed"/>.</summary>
    public static WarehouseAssessmentInputs Read(DuckDBConnection connection, BuildInputs build, IReadOnlySet<(string Unit, int Year)>? vetoedBefore = null)
    {
        var years = YearsWithFigures(connection);
        var trees = years.ToDictionary(y => y, y => OrgTreeAt(connection, y));
        var evidence = EvidenceQueries.Read(connection);
        var values = IndicatorValues(connection, evidence);
        return new WarehouseAssessmentInputs(build, trees, values, vetoedBefore ?? new HashSet<(string, int)>());
    }

    /// <summary>Same figures, with the vetoes of earlier years known (from stored runs).</summary>
    public WarehouseAssessmentInputs WithVetoHistory(IReadOnlySet<(string Unit, int Year)> vetoedBefore) =>
        new(new BuildInputs(KnowledgeDate, BatchIds, ""), _trees, _values, vetoedBefore);

    public IReadOnlyList<OrgUnit> OrgTree(int year) => _trees.TryGetValue(year, out var tree) ? tree : [];

    public IndicatorValue? Get(string unitCode, string indicatorId, int year) =>
        _values.TryGetValue((unitCode, indicatorId, year), out var value) ? value : null;

    public bool WasVetoed(string unitCode, int year) => _vetoedBefore.Contains((unitCode, year));

    private static int[] YearsWithFigures(DuckDBConnection connection)
    {
        var years = new List<int>();
        using var command = connection.CreateCommand();
        command.CommandText = "select distinct cast(period as integer) from indicator_values where period_type = 'year' order by 1";
        using var reader = command.ExecuteReader();
        while (reader.Read()) years.Add(reader.GetInt32(0));
        return [.. years];
    }

    /// <summary>The units valid at 31 Dec of the year (valid_to inclusive), city to communities.</summary>
    private static IReadOnlyList<OrgUnit> OrgTreeAt(DuckDBConnection connection, int year)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            select cast(code as varchar), cast(level as integer), cast(parent_code as varchar), name
            from stg_org_units
            where level between 1 and 4 and valid_from <= $day and (valid_to is null or valid_to >= $day)
            order by cast(code as varchar)
            """;
        command.Parameters.Add(new DuckDBParameter("day", new DateOnly(year, 12, 31)));
        using var reader = command.ExecuteReader();
        var units = new List<OrgUnit>();
        while (reader.Read())
            units.Add(new OrgUnit(reader.GetString(0), (AssessmentLevel)reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3)));
        return units;
    }

    /// <summary>Yearly rows only; a count has no denominator, a rate with denominator 0 is "no data" (the engine's rule).</summary>
    private static Dictionary<(string, string, int), IndicatorValue> IndicatorValues(DuckDBConnection connection, EvidenceQueries evidence)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            select cast(org_code as varchar), indicator, cast(period as integer), numerator, denominator
            from indicator_values
            where period_type = 'year' and numerator is not null
            """;
        using var reader = command.ExecuteReader();
        var values = new Dictionary<(string, string, int), IndicatorValue>();
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
            var (numerator, denominator) = IndicatorCatalog.Find(key.Item2) is { Scale: 1000 }
                ? PerMilleCounts(key.Item2, reader.GetValue(3), reader.GetValue(4))
                : (Whole(reader.GetValue(3)), reader.IsDBNull(4) ? (long?)null : Whole(reader.GetValue(4)));
            values[key] = new IndicatorValue(numerator, denominator, evidence.For(key.Item1, key.Item2, key.Item3));
        }
        return values;
    }

    /// <summary>
    /// The per-mille rates (birth, death, natural growth) are stored in the mart with their denominator in thousands
    /// of person-years — (population at the start + at the end) ÷ 2 ÷ 1000 for a year — so that numerator ÷ denominator
    /// is already the ‰ value. The assessment's catalogue scales a ratio by 1000 itself and counts in whole numbers,
    /// so both are given in half-persons: numerator × 2 over (start + end), exact for a year (never rounded to a whole
    /// thousand, which turned a community of 3,000 with 30 births into 10,000 ‰ and one under 500 into "no data").
    /// </summary>
    private static (long Numerator, long? Denominator) PerMilleCounts(string indicator, object numerator, object denominator)
    {
        if (denominator is DBNull) return (Whole(numerator), null);
        var halfPersons = Convert.ToDouble(denominator, System.Globalization.CultureInfo.InvariantCulture) * 2000;
        var whole = Math.Round(halfPersons);
        if (Math.Abs(halfPersons - whole) > 1e-6)
            throw new InvalidOperationException($"'{indicator}': a yearly denominator of {halfPersons / 2000} thousand person-years is not a whole number of half-persons.");
        return (checked(2 * Whole(numerator)), checked((long)whole));
    }

    /// <summary>Numerators and denominators are whole counts, whatever numeric type the mart gives them.</summary>
    private static long Whole(object value) => checked((long)Math.Round(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)));
}

/// <summary>
/// The build a run reads: its knowledge date (null = everything loaded), batch versions and the hash of its models'
/// SQL (the same batches built by changed models are other figures, so another run).
/// </summary>
public sealed record BuildInputs(DateOnly? KnowledgeDate, IReadOnlyList<string> BatchIds, string ModelsHash);
