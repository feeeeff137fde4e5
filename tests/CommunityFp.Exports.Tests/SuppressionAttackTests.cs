using System.Globalization;
using CommunityFp.Exports.Catalog;
using CommunityFp.Exports.Suppression;

namespace CommunityFp.Exports.Tests;

/// <summary>
/// Tries to break suppression as a reader of the export would: random org trees and counts (many of them small),
/// an org margin on every indicator and a month → quarter margin on births; the reader parses the CSV export, writes
/// down every equation it knows (parent = sum of children, quarter = sum of months) and solves them all together.
/// The test fails if any withheld count is determined, or any small count or small complement is published.
/// </summary>
public sealed class SuppressionAttackTests : IDisposable
{
    private static readonly string[] Months = ["2008-01", "2008-02", "2008-03"];
    private const string Quarter = "2008-Q1";
    private readonly TestWarehouse _warehouse = new();

    public static TheoryData<int, int> Cases()
    {
        var cases = new TheoryData<int, int>();
        foreach (var seed in new[] { 1, 2, 3, 4, 5, 6 })
            foreach (var k in new[] { 2, 3, 5, 10 })
                cases.Add(seed, k);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_withheld_cell_can_be_solved_and_no_small_cell_is_published(int seed, int k)
    {
        var (parents, truth) = Generate(new Random(seed));
        Load(parents, truth);
        var path = _warehouse.PathOf($"attack-{seed}-{k}.csv");
        var result = await new Exporter(_warehouse.Connection).ExportFileAsync(Definition, ExportFormat.Csv, path,
            options: new ExportOptions { SmallCellThreshold = k });
        var csv = CsvTable.Read(path);

        var published = Read(csv);
        Assert.Equal(truth.Count, published.Count);
        AssertNoSmallCellPublished(published, k);
        var recovered = Solve(published, parents);
        Assert.True(recovered.Count == 0, $"recoverable withheld cells: {string.Join(", ", recovered.Take(10))}");
        Assert.True(result.Suppression!.PrimaryCells > 0);
    }

    [Fact]
    public async Task The_attack_does_recover_cells_when_only_primary_suppression_is_applied()
    {
        // the control: without margins in the spec nothing is suppressed beyond the small cells, and the reader wins
        var (parents, truth) = Generate(new Random(1));
        Load(parents, truth);
        var primaryOnly = Definition with { Suppression = Definition.Suppression! with { Margins = [] } };
        var path = _warehouse.PathOf("primary-only.csv");
        await new Exporter(_warehouse.Connection).ExportFileAsync(primaryOnly, ExportFormat.Csv, path);

        var published = Read(CsvTable.Read(path));
        AssertNoSmallCellPublished(published, 5);
        Assert.NotEmpty(Solve(published, parents));
    }

    private static ExportDefinition Definition { get; } = new()
    {
        Name = "attack",
        Description = "random counts over a random tree",
        Sql = "select org_code, indicator, period, numerator, denominator, value from cells",
        Columns =
        [
            new("org_code", "unit"), new("indicator", "indicator"), new("period", "period"),
            new("numerator", "numerator", "persons"), new("denominator", "denominator", "persons"), new("value", "rate", "1"),
        ],
        CodeColumns = ["org_code", "indicator", "period"],
        Suppression = new SuppressionSpec
        {
            KeyColumns = ["org_code", "indicator", "period"],
            CountColumns = ["numerator", "denominator"],
            Derived = [new DerivedColumn("value", ["numerator", "denominator"])],
            RatePairs = [new RatePair("numerator", "denominator")],
            Margins =
            [
                new Margin("org_code", "select code, parent from org"),
                new Margin("period", "select month, quarter from periods", "indicator", ["births"]),
            ],
        },
    };

    private sealed record Cell(long Numerator, long Denominator);

    private static (Dictionary<string, string> Parents, Dictionary<(string Unit, string Indicator, string Period), Cell> Truth) Generate(Random random)
    {
        var parents = new Dictionary<string, string>();
        var communities = new List<string>();
        for (var d = 1; d <= random.Next(2, 4); d++)
        {
            var district = $"22{d:00}";
            parents[district] = "22";
            for (var s = 1; s <= random.Next(1, 4); s++)
            {
                var street = $"{district}{s:00}";
                parents[street] = district;
                for (var c = 1; c <= random.Next(1, 5); c++)
                {
                    var community = $"{street}{c:000}";
                    parents[community] = street;
                    communities.Add(community);
                }
            }
        }

        long Count() => random.Next(10) < 4 ? random.Next(0, 7) : random.Next(0, 60);
        var truth = new Dictionary<(string, string, string), Cell>();
        foreach (var community in communities)
        {
            foreach (var indicator in new[] { "births", "cpr" })
            {
                foreach (var month in Months)
                {
                    var numerator = Count();
                    truth[(community, indicator, month)] = new Cell(numerator, numerator + (random.Next(10) < 3 ? random.Next(0, 5) : Count()));
                }
                var quarter = indicator == "births"
                    ? new Cell(Months.Sum(m => truth[(community, indicator, m)].Numerator), Months.Sum(m => truth[(community, indicator, m)].Denominator))
                    : new Cell(Count(), Count() + 70);
                truth[(community, indicator, Quarter)] = quarter;
            }
        }
        // parents are the sums of their children, level by level (codes are longer further down)
        foreach (var unit in parents.Keys.Append("22").Where(u => !communities.Contains(u)).OrderByDescending(u => u.Length))
            foreach (var indicator in new[] { "births", "cpr" })
                foreach (var period in Months.Append(Quarter))
                {
                    var children = parents.Where(p => p.Value == unit).Select(p => truth[(p.Key, indicator, period)]).ToList();
                    truth[(unit, indicator, period)] = new Cell(children.Sum(c => c.Numerator), children.Sum(c => c.Denominator));
                }
        return (parents, truth);
    }

    private void Load(Dictionary<string, string> parents, Dictionary<(string Unit, string Indicator, string Period), Cell> truth)
    {
        _warehouse.Execute("""
            create or replace table org (code varchar, parent varchar);
            create or replace table periods (month varchar, quarter varchar);
            create or replace table cells (org_code varchar not null, indicator varchar not null, period varchar not null,
                numerator bigint not null, denominator bigint not null, value decimal(9, 4));
            insert into periods values ('2008-01', '2008-Q1'), ('2008-02', '2008-Q1'), ('2008-03', '2008-Q1');
            """);
        using (var org = _warehouse.Connection.CreateAppender("org"))
            foreach (var (child, parent) in parents) org.CreateRow().AppendValue(child).AppendValue(parent).EndRow();
        using var cells = _warehouse.Connection.CreateAppender("cells");
        foreach (var ((unit, indicator, period), cell) in truth)
        {
            var row = cells.CreateRow().AppendValue(unit).AppendValue(indicator).AppendValue(period)
                .AppendValue(cell.Numerator).AppendValue(cell.Denominator);
            (cell.Denominator == 0 ? row.AppendNullValue() : row.AppendValue(Math.Round((decimal)cell.Numerator / cell.Denominator, 4))).EndRow();
        }
    }

    private sealed record Published(long? Numerator, long? Denominator, decimal? Value);

    private static Dictionary<(string, string, string), Published> Read(CsvTable csv)
    {
        long? Long(string? s) => s is null ? null : long.Parse(s, CultureInfo.InvariantCulture);
        return csv.Rows.ToDictionary(
            r => (r[csv.Column("org_code")]!, r[csv.Column("indicator")]!, r[csv.Column("period")]!),
            r => new Published(Long(r[csv.Column("numerator")]), Long(r[csv.Column("denominator")]),
                r[csv.Column("value")] is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null));
    }

    private static void AssertNoSmallCellPublished(Dictionary<(string, string, string), Published> published, int k)
    {
        foreach (var (key, cell) in published)
        {
            Assert.False(cell.Numerator is >= 1 and var n && n < k, $"{key}: numerator {cell.Numerator} published at k = {k}");
            Assert.False(cell.Denominator is >= 1 and var d && d < k, $"{key}: denominator {cell.Denominator} published at k = {k}");
            if (cell.Numerator is { } num && cell.Denominator is { } den)
                Assert.False(den - num is >= 1 and var rest && rest < k, $"{key}: complement {den - num} published at k = {k}");
            if (cell.Value is not null)
                Assert.True(cell.Numerator is not null && cell.Denominator is not null, $"{key}: a rate published beside a withheld count");
        }
    }

    /// <summary>The reader's attack: every equation among the withheld cells, solved together by Gaussian elimination
    /// (dense, with partial pivoting); a withheld cell is recovered when its unit vector is in the row space.</summary>
    private static List<string> Solve(Dictionary<(string Unit, string Indicator, string Period), Published> published, Dictionary<string, string> parents)
    {
        var unknown = new Dictionary<string, int>();
        var equations = new List<Dictionary<string, double>>();
        foreach (var column in new[] { "numerator", "denominator" })
        {
            long? Get(Published p) => column == "numerator" ? p.Numerator : p.Denominator;
            void Equation((string, string, string) total, IEnumerable<(string, string, string)> parts)
            {
                var equation = new Dictionary<string, double>();
                void Term((string, string, string) key, double sign)
                {
                    if (Get(published[key]) is not null) return;
                    var name = $"{column}@{key}";
                    equation[name] = equation.GetValueOrDefault(name) + sign;
                    unknown.TryAdd(name, unknown.Count);
                }
                Term(total, 1);
                foreach (var part in parts) Term(part, -1);
                if (equation.Count > 0) equations.Add(equation);
            }
            foreach (var (unit, indicator, period) in published.Keys)
            {
                var children = parents.Where(p => p.Value == unit).Select(p => (p.Key, indicator, period)).ToList();
                if (children.Count > 0) Equation((unit, indicator, period), children);
                if (indicator == "births" && period == Quarter) Equation((unit, indicator, period), Months.Select(m => (unit, indicator, m)));
            }
        }

        var names = unknown.OrderBy(u => u.Value).Select(u => u.Key).ToArray();
        var matrix = equations.Select(e => { var row = new double[names.Length]; foreach (var (n, v) in e) row[unknown[n]] = v; return row; }).ToList();
        var pivotRows = new List<(int Column, double[] Row)>();
        var rank = 0;
        for (var column = 0; column < names.Length && rank < matrix.Count; column++)
        {
            var best = Enumerable.Range(rank, matrix.Count - rank).MaxBy(r => Math.Abs(matrix[r][column]));
            if (Math.Abs(matrix[best][column]) < 1e-9) continue;
            (matrix[rank], matrix[best]) = (matrix[best], matrix[rank]);
            var pivot = matrix[rank][column];
            for (var j = 0; j < names.Length; j++) matrix[rank][j] /= pivot;
            for (var r = 0; r < matrix.Count; r++)
            {
                if (r == rank || Math.Abs(matrix[r][column]) < 1e-12) continue;
                var factor = matrix[r][column];
                for (var j = 0; j < names.Length; j++) matrix[r][j] -= factor * matrix[rank][j];
            }
            pivotRows.Add((column, matrix[rank]));
            rank++;
        }
        return pivotRows.Where(p => p.Row.Count(x => Math.Abs(x) > 1e-9) == 1).Select(p => names[p.Column]).ToList();
    }

    public void Dispose() => _warehouse.Dispose();
}
