using CommunityFp.Exports.Catalog;
using CommunityFp.Exports.Suppression;

namespace CommunityFp.Exports.Tests;

/// <summary>
/// A small org tree with hand-set counts whose suppression is worked out by hand:
/// city 22 → districts 2201, 2202 → streets 220101, 220102, 220201 → communities.
/// </summary>
internal static class SuppressionFixtures
{
    public const string OrgTree = """
        create table org (code varchar not null, parent_code varchar);
        insert into org values
            ('22', null), ('2201', '22'), ('2202', '22'),
            ('220101', '2201'), ('220102', '2201'), ('220201', '2202'),
            ('220101001', '220101'), ('220101002', '220101'), ('220101003', '220101'),
            ('220102001', '220102'), ('220102002', '220102'), ('220201001', '220201');
        """;

    public static readonly Margin OrgMargin = new("org_code", "select code, parent_code from org");

    /// <summary>Period 2008-01: one small community under 220101 only. Period 2008-02: a chain of single
    /// children (220201001 = 220201 = 2202 = 3) that forces suppression up to the city's other district.</summary>
    public const string Births = """
        create table births (org_code varchar not null, period varchar not null, births bigint not null);
        insert into births values
            ('220101001', '2008-01', 3), ('220101002', '2008-01', 10), ('220101003', '2008-01', 12), ('220101', '2008-01', 25),
            ('220102001', '2008-01', 20), ('220102002', '2008-01', 30), ('220102', '2008-01', 50),
            ('220201001', '2008-01', 9), ('220201', '2008-01', 9), ('2201', '2008-01', 75), ('2202', '2008-01', 9), ('22', '2008-01', 84),
            ('220101001', '2008-02', 3), ('220101002', '2008-02', 10), ('220101003', '2008-02', 12), ('220101', '2008-02', 25),
            ('220102001', '2008-02', 20), ('220102002', '2008-02', 30), ('220102', '2008-02', 50),
            ('220201001', '2008-02', 3), ('220201', '2008-02', 3), ('2201', '2008-02', 75), ('2202', '2008-02', 3), ('22', '2008-02', 78);
        """;

    public static ExportDefinition BirthsExport { get; } = new()
    {
        Name = "births_by_unit",
        Description = "live births per unit and month",
        Sql = "select org_code, period, births from births",
        Columns = [new("org_code", "unit"), new("period", "month"), new("births", "live births", "births", NotNull: true)],
        CodeColumns = ["org_code", "period"],
        Suppression = new SuppressionSpec { KeyColumns = ["org_code", "period"], CountColumns = ["births"], Margins = [OrgMargin] },
    };

    /// <summary>One street and its three communities: a small numerator and denominator, a small complement (48 of
    /// 50), and an ordinary community.</summary>
    public const string Rates = """
        create table rates (org_code varchar not null, numerator bigint not null, denominator bigint not null, value decimal(9, 4));
        insert into rates values
            ('220101001', 1, 3, 0.3333), ('220101002', 48, 50, 0.96), ('220101003', 20, 40, 0.5), ('220101', 69, 93, 0.7419);
        """;

    public static ExportDefinition RatesExport { get; } = new()
    {
        Name = "rates_by_unit",
        Description = "a rate per unit",
        Sql = "select org_code, numerator, denominator, value from rates",
        Columns = [new("org_code", "unit"), new("numerator", "users", "persons"), new("denominator", "married WCBA", "persons"), new("value", "rate", "1")],
        CodeColumns = ["org_code"],
        Suppression = new SuppressionSpec
        {
            KeyColumns = ["org_code"],
            CountColumns = ["numerator", "denominator"],
            Derived = [new DerivedColumn("value", ["numerator", "denominator"])],
            RatePairs = [new RatePair("numerator", "denominator")],
            Margins = [OrgMargin],
        },
    };
}
