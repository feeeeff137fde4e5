using System.Security.Cryptography;
using System.Text;
using CommunityFp.Registers;

namespace CommunityFp.Etl.Tests.Support;

/// <summary>
/// Writes small hand-made batches: every required register with a few valid rows (Chinese names included),
/// then tests replace or add raw CSV records (a record may hold a quoted line break) to create each case.
/// </summary>
public sealed class BatchBuilder
{
    private readonly Dictionary<string, List<string>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);

    public string Scope { get; set; } = "220202";
    public string AsOf { get; set; } = "2007-03-31";
    public string ExportedAt { get; set; } = "2007-04-03T09:30:00+08:00";
    public string Encoding { get; set; } = "utf-8";
    public bool Bom { get; set; }
    public Action<Dictionary<string, object?>>? EditManifest { get; set; }

    public BatchBuilder()
    {
        foreach (var r in RegisterCatalog.RequiredRegisters)
        {
            _headers[r.Name] = string.Join(",", r.Columns.Select(c => c.Name));
            _records[r.Name] = [];
        }
        Set("org_units",
            "2202,吉林市,1,,2000-01-01,",
            "220202,昌邑区,2,2202,2000-01-01,",
            "220202001,延安街道,3,220202,2000-01-01,",
            "220202001001,东局子社区,4,220202001,2000-01-01,",
            "220202001002,西关社区,4,220202001,2000-01-01,",
            "220202001001001,一组,5,220202001001,2000-01-01,");
        Set("residents",
            Resident("R1", "张秀英", 2, "1980-05-12", marital: 20, spouse: "R2"),
            Resident("R2", "王建国", 1, "1978-11-02", marital: 20, spouse: "R1"),
            Resident("R3", "李丽", 2, "1990-01-20", marital: 10),
            Resident("R4", "赵小红", 2, "1982-07-07", marital: 20, community: "220202001002"));
        Set("births", "B1,R1,R2,,2006-08-01,1,1,C1,220202001001,2006-08-20");
        Set("contraception", "M1,R1,1,2006-10-01,,");
        Set("followups", "V1,R1,2007-01-05,1,M1,,1,S1");
        Set("pregnancies", "P1,R4,2007-02-01,2007-10-01,0,,");
        Set("certificates", "C1,1,R1,R2,2005-12-01,2007-12-01,220202001001,1");
        Set("rewards", "PAY1,1,R1,2007,120.00,2007-03-01");
        Set("floating_checks", "F1,R3,2007-03-02,1,1,");
        Set("activities", "A1,220202001001,2007-03-10,1,35,100");
        Set("evaluations", "E1,220202001001,2007-03-15,50,40,36");
    }

    /// <summary>A residents.csv record with a valid citizen id derived from the birth date.</summary>
    public static string Resident(string id, string name, int sex, string birth, int marital = 10, string? spouse = null,
        string community = "220202001001", int status = 1, string statusDate = "", string? citizenId = null) =>
        $"{id},{citizenId ?? CitizenIds.Valid(birth, id)},{name},{sex},{birth},1,,{marital},,{spouse},{community},,3,1,{status},{statusDate},2000-01-01,4,1";

    public BatchBuilder Set(string register, params string[] records)
    {
        if (!_records.ContainsKey(register)) _records[register] = [];
        _records[register] = [.. records];
        _headers.TryAdd(register, string.Join(",", RegisterCatalog.ByName(register)!.Columns.Select(c => c.Name)));
        return this;
    }

    public BatchBuilder Add(string register, params string[] records)
    {
        _records[register].AddRange(records);
        return this;
    }

    public BatchBuilder Header(string register, string header)
    {
        _headers[register] = header;
        return this;
    }

    public BatchBuilder Remove(string register)
    {
        _records.Remove(register);
        _headers.Remove(register);
        return this;
    }

    /// <summary>The data records of a register (tests read them to build expectations).</summary>
    public IReadOnlyList<string> Records(string register) => _records[register];

    /// <summary>Writes the batch into a new folder under <paramref name="root"/> and returns the folder.</summary>
    public string Write(string root, string? name = null)
    {
        var folder = Path.Combine(root, name ?? $"{Scope}_{AsOf}_{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(folder);
        var enc = BatchEncoding.IsGb18030(Encoding) ? BatchEncoding.Gb18030 : new UTF8Encoding(false);
        var files = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (register, records) in _records)
        {
            var text = _headers[register] + "\n" + string.Concat(records.Select(r => r + "\n"));
            var bytes = enc.GetBytes(text);
            if (Bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            File.WriteAllBytes(Path.Combine(folder, register + ".csv"), bytes);
            files[register + ".csv"] = new Dictionary<string, object>
            {
                ["rows"] = records.Count,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            };
        }
        var manifest = new Dictionary<string, object?>
        {
            ["format"] = RegisterCatalog.Format,
            ["as_of"] = AsOf,
            ["exported_at"] = ExportedAt,
            ["scope"] = Scope,
            ["source"] = "test fixture",
            ["encoding"] = Encoding,
            ["files"] = files,
        };
        EditManifest?.Invoke(manifest);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), System.Text.Json.JsonSerializer.Serialize(manifest));
        return folder;
    }
}

/// <summary>GB 11643 citizen ids for fixtures.</summary>
public static class CitizenIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string Valid(string birth, string seed)
    {
        var body = "220202" + birth.Replace("-", "", StringComparison.Ordinal) + (100 + seed.Sum(ch => (int)ch) % 900).ToString(System.Globalization.CultureInfo.InvariantCulture);
        body = body[..17];
        return body + Check(body);
    }

    public static char Check(string body17) => "10X98765432"[body17.Select((ch, i) => (ch - '0') * Weights[i]).Sum() % 11];
}
