using CommunityFp.Generator.Core;
using CommunityFp.Generator.Writing;
using CommunityFp.Registers;

namespace CommunityFp.Generator.Defects;

/// <summary>
/// Decides, for every batch, how it is exported and which defects it carries. Each district has its own system
/// (encoding, line ends, date layout, column order: 船营区 exports GB18030); on top, batches vary (a BOM, CRLF,
/// an extra column, a late export, a re-send) and carry a few malformed rows. With realistic defects every
/// row-error and warning kind is guaranteed at least once per district over the months written.
/// </summary>
internal sealed class DefectPlanner
{
    private static readonly string[] Injectable = [.. DefectKinds.RandomRowErrors, .. DefectKinds.Warnings, DefectKinds.QuotedLineBreak];
    private readonly DefectLevel _level;
    private readonly int _seed;
    private readonly int _lastMonth;
    private readonly Dictionary<int, Dictionary<int, List<string>>> _coverage = [];
    private readonly Dictionary<int, int> _forcedGbMonth = [];
    private readonly Dictionary<int, int> _forcedLateMonth = [];
    // Kinds added after the first release draw from their own streams, so the worlds generated before stay as they were.
    private readonly Dictionary<int, int> _inconsistentCountsMonth = [];

    public DefectPlanner(DefectLevel level, int seed, IReadOnlyList<int> districts, int firstMonth, int lastMonth)
    {
        _level = level;
        _seed = seed;
        _lastMonth = lastMonth;
        if (level == DefectLevel.None) return;
        foreach (var d in districts)
        {
            var rng = new Rng(seed, d, 77);
            var byMonth = new Dictionary<int, List<string>>();
            foreach (var kind in Injectable)
            {
                var m = rng.Between(firstMonth, lastMonth);
                if (!byMonth.TryGetValue(m, out var list)) byMonth[m] = list = [];
                list.Add(kind);
            }
            _coverage[d] = byMonth;
            if (!districts.Contains(220204)) _forcedGbMonth[d] = rng.Between(firstMonth, lastMonth);
            _forcedLateMonth[d] = rng.Between(firstMonth, lastMonth);
            // in the later half: the evaluations register is empty in a world's first months
            _inconsistentCountsMonth[d] = new Rng(seed, d, 78).Between((firstMonth + lastMonth) / 2, lastMonth);
        }
    }

    private double Intensity => _level == DefectLevel.Heavy ? 6 : 1;

    public BatchPlan Plan(int district, int month)
    {
        var rng = new Rng(_seed, district, month, 91);
        if (_level == DefectLevel.None)
            return new BatchPlan(ExportStyle.Canonical, [], [], rng.Between(2, 6), false, rng.Between(0, int.MaxValue - 1));
        var style = Style(district, month, rng);
        var injections = new List<PlannedInjection>();
        var n = rng.Poisson(1.5 * Intensity);
        for (var i = 0; i < n; i++) injections.Add(Random(rng));
        if (_coverage[district].TryGetValue(month, out var forced))
            // Early in the file, so a suitable record surely follows.
            foreach (var kind in forced) injections.Add(new PlannedInjection(RegisterFor(kind, rng), kind, 0.3 * rng.NextDouble()));
        var resend = rng.Chance(_level == DefectLevel.Heavy ? 0.3 : 0.06) || (month == _lastMonth - 1 && _level != DefectLevel.None);
        var fixedInResend = new List<PlannedInjection>();
        if (resend)
            for (var i = rng.Between(2, 5); i > 0; i--) fixedInResend.Add(Random(rng));
        var late = rng.Chance(_level == DefectLevel.Heavy ? 0.15 : 0.04) || _forcedLateMonth[district] == month;
        var delay = late ? rng.Between(20, 45) : rng.Between(2, 6);
        if (_inconsistentCountsMonth[district] == month)
            injections.Add(new PlannedInjection("evaluations", DefectKinds.InconsistentCounts, 0.3 * new Rng(_seed, district, month, 93).NextDouble()));
        return new BatchPlan(style, injections, fixedInResend, delay, resend, rng.Between(0, int.MaxValue - 1));
    }

    private PlannedInjection Random(Rng rng)
    {
        // Citizen-id typos are the commonest defect of all; the rest share the remainder.
        var kind = rng.Chance(0.3) ? DefectKinds.CitizenIdCheck : Injectable[rng.Next(Injectable.Length)];
        return new PlannedInjection(RegisterFor(kind, rng), kind, rng.NextDouble());
    }

    private static string RegisterFor(string kind, Rng rng)
    {
        string[] candidates = kind switch
        {
            DefectKinds.UnparsableNumber => ["activities", "evaluations", "rewards", "residents"],
            DefectKinds.UnknownOrgUnit => ["residents", "births", "activities", "evaluations", "org_units", "ext_hospital_births", "ext_marriages"],
            DefectKinds.NotACommunity => ["residents", "births", "evaluations", "ext_hospital_births", "ext_marriages"],
            DefectKinds.CitizenIdShape or DefectKinds.CitizenIdCheck => ["residents", "residents", "ext_hospital_births", "ext_marriages"],
            DefectKinds.BirthOrderTooLow or DefectKinds.UnknownFather => ["births"],
            DefectKinds.UnknownSpouse => ["residents", "certificates"],
            DefectKinds.QuotedLineBreak => ["residents", "ext_hospital_births"],
            _ => ["residents", "births", "contraception", "followups", "pregnancies", "certificates", "rewards",
                "floating_checks", "activities", "evaluations"],
        };
        return candidates[rng.Next(candidates.Length)];
    }

    private ExportStyle Style(int district, int month, Rng rng)
    {
        var gb = district == 220204 || _forcedGbMonth.GetValueOrDefault(district, -1) == month;
        var encoding = gb ? BatchEncoding.Gb18030 : ExportStyle.Utf8;
        var bom = !gb && (district == 220203 || rng.Chance(0.12));
        var crlf = district is 220203 or 220204 || rng.Chance(0.1);
        var dates = district switch { 220203 => DateStyle.Compact, 220211 => DateStyle.Slash, _ => rng.Chance(0.06) ? DateStyle.Slash : DateStyle.Dash };
        var extra = new Dictionary<string, string>();
        if (rng.Chance(0.08 * Intensity)) extra[rng.Chance(0.5) ? "residents" : "followups"] = rng.Chance(0.5) ? "备注" : "entered_by";
        return new ExportStyle(encoding, gb ? BatchEncoding.Gb18030Name : BatchEncoding.Utf8Name, bom, crlf, dates,
            ColumnOrders(district), extra);
    }

    // Each district's system orders some registers' columns its own way (the contract allows any order).
    private Dictionary<string, int[]> ColumnOrders(int district)
    {
        var rng = new Rng(_seed, district, 55);
        var orders = new Dictionary<string, int[]>();
        var registers = RegisterCatalog.All.Skip(1).ToArray();
        for (var k = 0; k < 3; k++)
        {
            var register = registers[rng.Next(registers.Length)];
            var order = Enumerable.Range(0, register.Columns.Count).ToArray();
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            orders[register.Name] = order;
        }
        return orders;
    }

    /// <summary>Batch months written (for progress totals): how many versions the batch has.</summary>
    public int Versions(int district, int month) => Plan(district, month).Resend ? 2 : 1;
}
