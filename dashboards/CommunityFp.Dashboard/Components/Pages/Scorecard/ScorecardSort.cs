using CommunityFp.Dashboard.Data;

namespace CommunityFp.Dashboard.Components.Pages.Scorecard;

/// <summary>The order of a scorecard's rows: the total row first, then the units by a column ("name" or an indicator id).</summary>
public static class ScorecardSort
{
    public const string ByName = "name";

    /// <summary>Units without a value sort last in either direction (no data is not a low value).</summary>
    public static IReadOnlyList<ScorecardRow> Apply(IEnumerable<ScorecardRow> rows, string? column, bool descending)
    {
        var list = rows.ToList();
        var total = list.Where(r => r.IsTotal);
        var units = list.Where(r => !r.IsTotal);
        IEnumerable<ScorecardRow> sorted;
        if (string.IsNullOrEmpty(column) || column == ByName)
        {
            sorted = descending ? units.OrderByDescending(r => r.Unit.Code, StringComparer.Ordinal) : units.OrderBy(r => r.Unit.Code, StringComparer.Ordinal);
        }
        else
        {
            double? Key(ScorecardRow r) => r.Values.GetValueOrDefault(column);
            var withValue = units.Where(r => Key(r) is not null);
            sorted = (descending ? withValue.OrderByDescending(Key) : withValue.OrderBy(Key)).ThenBy(r => r.Unit.Code, StringComparer.Ordinal)
                .Concat(units.Where(r => Key(r) is null).OrderBy(r => r.Unit.Code, StringComparer.Ordinal));
        }
        return total.Concat(sorted).ToList();
    }

    /// <summary>
    /// Each unit's rank by an indicator (1 = highest when descending, lowest when ascending; ties share a rank,
    /// the total row and units without a value have none).
    /// </summary>
    public static IReadOnlyDictionary<string, int> Ranks(IEnumerable<ScorecardRow> rows, string indicator, bool descending)
    {
        var values = rows.Where(r => !r.IsTotal && r.Values.GetValueOrDefault(indicator) is not null)
            .Select(r => (r.Unit.Code, Value: r.Values[indicator]!.Value)).ToList();
        return values.ToDictionary(v => v.Code, v => 1 + values.Count(o => descending ? o.Value > v.Value : o.Value < v.Value));
    }
}
