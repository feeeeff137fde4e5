namespace CommunityFp.Exports.Suppression;

/// <summary>The rows of an aggregate export as suppression sees them: key values as text and counts.
/// Cell <c>row × CountColumns.Count + c</c> is count column <c>c</c> of row <c>row</c>.</summary>
public sealed class CellTable
{
    public CellTable(IReadOnlyList<string> keyColumns, IReadOnlyList<string> countColumns)
    {
        KeyColumns = keyColumns;
        CountColumns = countColumns;
    }

    public IReadOnlyList<string> KeyColumns { get; }
    public IReadOnlyList<string> CountColumns { get; }
    public List<string?[]> Keys { get; } = [];
    public List<long?[]> Counts { get; } = [];

    public int RowCount => Keys.Count;
    public int CellCount => Keys.Count * CountColumns.Count;

    public CellTable Add(string?[] keys, long?[] counts)
    {
        if (keys.Length != KeyColumns.Count || counts.Length != CountColumns.Count)
            throw new ArgumentException("a row needs one value per key column and per count column");
        Keys.Add(keys);
        Counts.Add(counts);
        return this;
    }

    public long? Value(int cell) => Counts[cell / CountColumns.Count][cell % CountColumns.Count];

    public int Cell(int row, int countColumn) => row * CountColumns.Count + countColumn;

    public int KeyIndex(string column)
    {
        for (var i = 0; i < KeyColumns.Count; i++)
            if (KeyColumns[i] == column) return i;
        throw new ArgumentException($"{column} is not a key column of the suppression spec");
    }
}
