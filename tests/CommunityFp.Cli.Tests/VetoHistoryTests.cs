using CommunityFp.Assessment.Schemes;
using CommunityFp.Assessment.Warehouse;
using DuckDB.NET.Data;

namespace CommunityFp.Cli.Tests;

/// <summary>
/// A hand-made warehouse with the models' shapes (two communities of one street, figures for 2008 and 2009, one
/// illegal third birth in community A in 2008): 和谐's "no veto in 2008–2010" is answered from the stored 2008 run.
/// </summary>
public sealed class VetoHistoryTests : IDisposable
{
    private const string CommunityA = "220202001001", CommunityB = "220202001002", Street = "220202001", District = "220202";
    private readonly string _db = Path.Combine(Path.GetTempPath(), "cfp-veto-history-" + Guid.NewGuid().ToString("N") + ".duckdb");
    private readonly DuckDBConnection _connection;

    public VetoHistoryTests()
    {
        _connection = new DuckDBConnection("DataSource=" + _db);
        _connection.Open();
        Execute("""
            create table build_context (as_known_at date, rebuild_from date);
            insert into build_context values (null, null);
            create table stg_known_versions (scope varchar, as_of date, version_ord bigint, exported_local_date date);
            insert into stg_known_versions values ('220202', date '2009-12-31', 1, date '2010-01-05');
            create table stg_org_units (code varchar, name varchar, level integer, parent_code varchar, valid_from date, valid_to date);
            insert into stg_org_units values
                ('2202', '吉林市', 1, null, date '2000-01-01', null), ('220202', '昌邑区', 2, '2202', date '2000-01-01', null),
                ('220202001', '延安街道', 3, '220202', date '2000-01-01', null),
                ('220202001001', '红旗社区', 4, '220202001', date '2000-01-01', null),
                ('220202001002', '东龙泉社区', 4, '220202001', date '2000-01-01', null);
            create table core_periods (period_type varchar, period varchar, period_start date, period_end date);
            insert into core_periods values ('year', '2008', date '2008-01-01', date '2008-12-31'), ('year', '2009', date '2009-01-01', date '2009-12-31');
            create table core_period_territories as
                select p.period_type, p.period, u.unit_code, u.unit_level, u.community_code
                from core_periods p, (values ('2202', 1, '220202001001'), ('2202', 1, '220202001002'), ('220202', 2, '220202001001'),
                    ('220202', 2, '220202001002'), ('220202001', 3, '220202001001'), ('220202001', 3, '220202001002'),
                    ('220202001001', 4, '220202001001'), ('220202001002', 4, '220202001002')) u(unit_code, unit_level, community_code);
            create table core_birth_checks (birth_id varchar, birth_date date, birth_month_end date, community_code varchar, birth_order integer, has_valid_certificate boolean);
            insert into core_birth_checks values ('B-0042', date '2008-05-03', date '2008-05-31', '220202001001', 3, false),
                                                 ('B-0043', date '2008-06-03', date '2008-06-30', '220202001002', 1, true);
            create table core_hospital_birth_matches (record_id varchar, birth_date date, birth_month_end date, community_code varchar, registered boolean);
            create table indicator_values (indicator varchar, org_code varchar, org_level varchar, period_type varchar, period varchar,
                numerator double, denominator double, value double, ci_low double, ci_high double);
            insert into indicator_values
                select i.indicator, u.code, 'x', 'year', y.period, i.numerator, i.denominator, null, null, null
                from stg_org_units u, (values ('2008'), ('2009')) y(period),
                    (values ('policy_compliant_birth_rate', 99, 100), ('contraceptive_prevalence', 99, 100), ('followup_completion', 99, 100),
                            ('postpartum_visit_rate', 99, 100), ('floating_certificate_check_rate', 99, 100), ('reporting_timeliness', 99, 100),
                            ('birth_registration_completeness', 100, 100), ('only_child_reward_delivery_rate', 30, 30),
                            ('satisfaction_rate', 99, 100), ('evaluation_participation_rate', 80, 100),
                            ('third_plus_births_without_certificate', 0, null), ('own_activities', 2, null)) i(indicator, numerator, denominator)
                where u.level between 2 and 4;
            update indicator_values set numerator = 1
            where indicator = 'third_plus_births_without_certificate' and period = '2008' and org_code in ('220202001001', '220202001', '220202', '2202');
            """);
    }

    [Fact]
    public void A_2009_run_stores_the_2008_run_first_and_a_community_vetoed_in_2008_does_not_attain_hexie()
    {
        var outcome = new AssessmentRunner(_connection).Run(DefaultSchemes.Jilin2010(), 2009, asKnownAt: null);

        Assert.Equal([RunIdentity.Of(outcome.Result.Run.SchemeHash, 2008, null, RunIdentity.BatchIdsHash(outcome.Result.Run.BatchIds), "")], outcome.EarlierRunsStored);
        var hexie = outcome.Result.Standards.Where(s => s.StandardId == "hexie").ToDictionary(s => s.UnitCode);
        Assert.Equal([2008], hexie[CommunityA].VetoedInYears);
        Assert.False(hexie[CommunityA].Attained);
        Assert.Equal([2008], hexie[Street].VetoedInYears); // the veto propagated one level in 2008
        Assert.Empty(hexie[District].VetoedInYears);
        Assert.True(hexie[CommunityB].Attained);
    }

    [Fact]
    public void The_2008_veto_is_stored_with_the_birth_as_evidence_on_the_community_and_its_street()
    {
        var outcome = new AssessmentRunner(_connection).Run(DefaultSchemes.Jilin2010(), 2008, asKnownAt: null);

        var vetoes = outcome.Result.Vetoes.Where(v => v.RuleId == "illegal_multiple_birth").ToArray();
        Assert.Equal([Street, CommunityA], vetoes.Select(v => v.UnitCode)); // results are sorted by unit code
        Assert.All(vetoes, v => Assert.Equal([new EvidenceRecordKey("births", "B-0042", new DateOnly(2008, 5, 3), CommunityA)],
            v.Evidence.Select(e => new EvidenceRecordKey(e.Register, e.RecordId, e.Date, e.CommunityCode))));
        Assert.Equal(["B-0042", "B-0042"], Column("select record_id from assessment_veto_evidence order by unit_code desc"));
    }

    [Fact]
    public void Assessing_the_same_inputs_again_finds_the_run_stored_and_writes_nothing()
    {
        var first = new AssessmentRunner(_connection).Run(DefaultSchemes.Jilin2010(), 2009, asKnownAt: null);
        var second = new AssessmentRunner(_connection).Run(DefaultSchemes.Jilin2010(), 2009, asKnownAt: null);

        Assert.True(second.AlreadyStored);
        Assert.Equal(first.RunId, second.RunId);
        Assert.Equal(["2"], Column("select count(*) from assessment_runs"));
        Assert.Equal(Assessment.Results.ResultSerializer.Serialize(first.Result), Assessment.Results.ResultSerializer.Serialize(second.Result));
    }

    private sealed record EvidenceRecordKey(string Register, string RecordId, DateOnly Date, string Community);

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<string> Column(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    public void Dispose()
    {
        _connection.Dispose();
        try { File.Delete(_db); } catch (IOException) { }
    }
}
