using System.Globalization;
using CommunityFp.Generator.Core;
using CommunityFp.Generator.Writing;
using CommunityFp.Registers;

namespace CommunityFp.Generator.Defects;

/// <summary>
/// Applies the planned defects of one register file while it is written: each planned defect lands on the first
/// written record at or after its position that it can apply to (a birth order too low needs a mother with an
/// earlier recorded birth, a date defect needs a date …). What was applied is recorded with its physical line.
/// </summary>
internal sealed class DefectInjector
{
    private readonly RegisterDefinition _register;
    private readonly (int Index, string Kind)[] _targets;
    private readonly Rng _rng;
    private readonly BatchView _view;
    private int _next;

    public DefectInjector(RegisterDefinition register, IEnumerable<PlannedInjection> planned, int recordCount, Rng rng, BatchView view)
    {
        _register = register;
        _rng = rng;
        _view = view;
        _targets = planned.Where(p => p.Register == register.Name)
            .Select(p => ((int)(p.Position * recordCount), p.Kind))
            .OrderBy(t => t.Item1).ThenBy(t => t.Kind, StringComparer.Ordinal).ToArray();
    }

    public List<(string Kind, string RecordId, long Line)> Applied { get; } = [];

    public bool HasPending(int index) => _next < _targets.Length && _targets[_next].Index <= index;

    /// <summary>Tries the pending defects on this row; returns true when the row must be written twice (duplicate id).</summary>
    public bool Apply(RowBuilder row, int index, long line)
    {
        var duplicate = false;
        while (_next < _targets.Length && _targets[_next].Index <= index)
        {
            var kind = _targets[_next].Kind;
            var id = row.TextOf(0);
            if (!TryApply(kind, row, index, ref duplicate)) return duplicate;
            Applied.Add((kind, id, line));
            _next++;
            if (kind == DefectKinds.FieldCount || duplicate) return duplicate; // one structural defect per row
        }
        return duplicate;
    }

    private bool TryApply(string kind, RowBuilder row, int index, ref bool duplicate)
    {
        var columns = _register.Columns;
        switch (kind)
        {
            case DefectKinds.DuplicateId: duplicate = true; return true;
            case DefectKinds.FieldCount:
                if (row.Count < 2) return false;
                if (_rng.Chance(0.5)) row.DropLast(); else row.Text("?");
                return true;
            case DefectKinds.BirthOrderTooLow:
                if (_register != RegisterCatalog.Births || _view.State.Births[index].PriorRecorded == 0) return false;
                return Set(row, "birth_order", "1");
            case DefectKinds.InconsistentCounts:
                if (_register != RegisterCatalog.Evaluations) return false;
                if (!int.TryParse(row.TextOf(ColumnIndex("respondents")), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
                return Set(row, "satisfied", (n + 1).ToString(CultureInfo.InvariantCulture));
            case DefectKinds.UnknownSpouse: return Set(row, "spouse_id", "R9" + _rng.Between(0, 999999).ToString("D6", CultureInfo.InvariantCulture));
            case DefectKinds.UnknownFather: return Set(row, "father_id", "R9" + _rng.Between(0, 999999).ToString("D6", CultureInfo.InvariantCulture));
        }
        var candidates = Enumerable.Range(0, columns.Count).Where(i => i < row.Count && !row.IsNull(i) && Fits(kind, columns[i])).ToArray();
        if (candidates.Length == 0) return false;
        var c = candidates[_rng.Next(candidates.Length)];
        row.Replace(c, Value(kind, columns[c], row.TextOf(c)));
        return true;
    }

    private int ColumnIndex(string column) => _register.Columns.ToList().FindIndex(c => c.Name == column);

    private bool Set(RowBuilder row, string column, string value)
    {
        var i = ColumnIndex(column);
        if (i < 0 || i >= row.Count) return false;
        row.Replace(i, value);
        return true;
    }

    private bool Fits(string kind, RegisterColumn c) => kind switch
    {
        DefectKinds.MissingRequired => c.Required && c.Name != _register.KeyColumn,
        DefectKinds.UnparsableDate => c.Kind == ColumnKind.Date,
        DefectKinds.UnparsableNumber => c.Kind is ColumnKind.Count or ColumnKind.Amount or ColumnKind.Year or ColumnKind.Code,
        DefectKinds.CodeOutsideList => c.Kind == ColumnKind.Code && c.AllowedCodes is not null,
        DefectKinds.EventAfterAsOf => c.Kind == ColumnKind.Date && c.IsEventDate,
        DefectKinds.UnknownOrgUnit => c.OrgReference != OrgReference.None,
        DefectKinds.NotACommunity => c.OrgReference == OrgReference.Community,
        DefectKinds.NonAsciiDigit => c.Kind is ColumnKind.Date or ColumnKind.Code,
        DefectKinds.CitizenIdShape or DefectKinds.CitizenIdCheck => c.Kind == ColumnKind.CitizenId,
        DefectKinds.QuotedLineBreak => c.Name is "building" or "hospital",
        _ => false,
    };

    private string Value(string kind, RegisterColumn c, string text) => kind switch
    {
        DefectKinds.MissingRequired => "",
        DefectKinds.UnparsableDate => BadDate(text),
        DefectKinds.UnparsableNumber => _rng.Chance(0.5) ? "N/A" : "12O",
        DefectKinds.CodeOutsideList => (c.AllowedCodes!.Max() + 1).ToString(CultureInfo.InvariantCulture),
        DefectKinds.EventAfterAsOf => DateOnly.FromDayNumber(_view.AsOf + _rng.Between(1, 90)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DefectKinds.UnknownOrgUnit => UnknownCode(text),
        DefectKinds.NotACommunity => text.Length >= 9 ? text[..9] : text,
        DefectKinds.NonAsciiDigit => FullWidthFirstDigit(text),
        DefectKinds.CitizenIdShape => text.Length == 18 ? text[..6] + text[8..14] + text[14..17] : text + "0",
        DefectKinds.CitizenIdCheck => WrongCheck(text),
        DefectKinds.QuotedLineBreak => c.Name == "building" ? text + "\n(东侧)" : text + "\n产科",
        _ => text,
    };

    private string BadDate(string text)
    {
        var year = text.Length >= 4 ? text[..4] : "2007";
        return _rng.Next(3) switch { 0 => year + "-02-30", 1 => year + ".3.5", _ => "07-3-5" };
    }

    // Street digits 099 (or district 220299) exist nowhere in the hierarchy.
    private static string UnknownCode(string text) => text.Length switch
    {
        >= 9 => text[..6] + "099" + text[9..],
        6 => "220299",
        _ => text + "99",
    };

    private static string FullWidthFirstDigit(string text)
    {
        var i = text.IndexOfAny("0123456789".ToCharArray());
        return i < 0 ? text : text[..i] + (char)('０' + (text[i] - '0')) + text[(i + 1)..];
    }

    private static string WrongCheck(string text)
    {
        if (text.Length != 18) return text;
        const string checks = "10X98765432";
        var at = checks.IndexOf(text[17]);
        return text[..17] + checks[(at + 3) % 11];
    }
}
