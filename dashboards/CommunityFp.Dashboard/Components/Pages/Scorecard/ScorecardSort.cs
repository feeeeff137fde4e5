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
}
