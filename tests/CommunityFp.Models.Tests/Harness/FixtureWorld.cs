using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CommunityFp.Registers;

namespace CommunityFp.Models.Tests.Harness;

/// <summary>One batch version of the fixture's single scope.</summary>
internal sealed record BatchVersion(DateOnly AsOf, DateOnly ExportedOn);

/// <summary>
/// A hand-written world for given/expect tests: one district scope (220202) with two streets and three
/// communities, one batch per month end (exported three days later), and register rows that each appear in the
/// batches a predicate selects — by default every batch whose as_of is on or after the row's latest event date, so
/// a row never reaches a batch that would quarantine it. Written as real batch folders (manifest + CSVs).
/// </summary>
internal sealed class FixtureWorld
{
    public const string Scope = "220202";
    public const string OtherDistrict = "220203";
    public const string OtherStreet = "220203001";
    public const string OtherCommunity = "220203001001";
    public const string City = "2202";
    public const string District = "220202";
    public const string Street1 = "220202001";
    public const string Street2 = "220202002";
    public const string C1 = "220202001001";
    public const string C2 = "220202001002";
    public const string C3 = "220202002001";

    private readonly string _scope;
    private readonly List<BatchVersion> _versions = [];
    private readonly List<(RegisterDefinition Register, Dictionary<string, string?> Values, Func<BatchVersion, bool> When)> _rows = [];

    public FixtureWorld(string firstMonthEnd, string lastMonthEnd, params string[] skippedMonthEnds)
        : this(Scope, firstMonthEnd, lastMonthEnd, skippedMonthEnds)
    {
    }

    /// <summary>
    /// A world of the district <paramref name="scope"/>: 220202 (two streets, communities C1, C2, C3) or 220203
    /// (one street, community <see cref="OtherCommunity"/>), so two worlds can be loaded side by side.
    /// </summary>
    public FixtureWorld(string scope, string firstMonthEnd, string lastMonthEnd, params string[] skippedMonthEnds)
    {
        _scope = scope;
        var last = D(lastMonthEnd);
        for (var m = D(firstMonthEnd); m <= last; m = MonthEnd(m.AddMonths(1)))
            if (!skippedMonthEnds.Contains(m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                _versions.Add(new BatchVersion(m, m.AddDays(3)));
        Add("org_units", new { code = City, name = "吉林市", level = 1, valid_from = "2000-01-01" });
        if (scope == OtherDistrict)
        {
            Add("org_units", new { code = OtherDistrict, name = "龙潭区", level = 2, parent_code = City, valid_from = "2000-01-01" });
            Add("org_units", new { code = OtherStreet, name = "新安街道", level = 3, parent_code = OtherDistrict, valid_from = "2000-01-01" });
            Add("org_units", new { code = OtherCommunity, name = "新安社区", level = 4, parent_code = OtherStreet, valid_from = "2000-01-01" });
            return;
        }
        Add("org_units", new { code = District, name = "昌邑区", level = 2, parent_code = City, valid_from = "2000-01-01" });
        Add("org_units", new { code = Street1, name = "延安街道", level = 3, parent_code = District, valid_from = "2000-01-01" });
        Add("org_units", new { code = Street2, name = "文庙街道", level = 3, parent_code = District, valid_from = "2000-01-01" });
        Add("org_units", new { code = C1, name = "延安社区", level = 4, parent_code = Street1, valid_from = "2000-01-01" });
        Add("org_units", new { code = C2, name = "东局子社区", level = 4, parent_code = Street1, valid_from = "2000-01-01" });
        Add("org_units", new { code = C3, name = "文庙社区", level = 4, parent_code = Street2, valid_from = "2000-01-01" });
    }

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly MonthEnd(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    /// <summary>Adds one more version of the batch as of <paramref name="asOf"/>, exported on <paramref name="exportedOn"/> (a correction).</summary>
    public FixtureWorld Version(string asOf, string exportedOn)
    {
        _versions.Add(new BatchVersion(D(asOf), D(exportedOn)));
        return this;
    }

    /// <summary>
    /// Adds a row (an anonymous object whose property names are the register's columns; unset columns are empty)
    /// to the batches <paramref name="when"/> selects.
    /// </summary>
    public FixtureWorld Add(string register, object values, Func<BatchVersion, bool>? when = null)
    {
        var definition = RegisterCatalog.ByName(register) ?? throw new ArgumentException($"no register {register}");
        var map = values.GetType().GetProperties().ToDictionary(
            p => p.Name, p => p.GetValue(values) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null);
        foreach (var name in map.Keys)
            if (definition.Column(name) is null) throw new ArgumentException($"{register} has no column {name}");
        var latestEvent = definition.Columns
            .Where(c => c.IsEventDate && map.GetValueOrDefault(c.Name) is not null)
            .Select(c => D(map[c.Name]!)).DefaultIfEmpty(DateOnly.MinValue).Max();
        _rows.Add((definition, map, when ?? (v => v.AsOf >= latestEvent)));
        return this;
    }

    /// <summary>Writes one folder per batch version under <paramref name="root"/>.</summary>
    public string WriteTo(string root)
    {
        foreach (var version in _versions)
        {
            var folder = Path.Combine(root, $"{_scope}_{version.AsOf:yyyy-MM-dd}_{version.ExportedOn:yyyyMMdd}");
            Directory.CreateDirectory(folder);
            var files = new SortedDictionary<string, ManifestFile>(StringComparer.Ordinal);
            foreach (var register in RegisterCatalog.All)
            {
                var rows = _rows.Where(r => r.Register == register && r.When(version)).ToList();
                if (!register.Required && rows.Count == 0) continue;
                var text = new StringBuilder(string.Join(",", register.Columns.Select(c => c.Name))).Append('\n');
                foreach (var row in rows)
                    text.Append(string.Join(",", register.Columns.Select(c => row.Values.GetValueOrDefault(c.Name) ?? ""))).Append('\n');
                var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
                File.WriteAllBytes(Path.Combine(folder, register.FileName), bytes);
                files[register.FileName] = new ManifestFile(rows.Count, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
            var manifest = new BatchManifest
            {
                Format = RegisterCatalog.Format, AsOf = version.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ExportedAt = $"{version.ExportedOn:yyyy-MM-dd}T09:30:00+08:00", Scope = _scope, Source = "models test fixture",
                Encoding = "utf-8", Files = files,
            };
            File.WriteAllText(Path.Combine(folder, BatchManifest.FileName), manifest.ToJson());
        }
        return root;
    }
}
