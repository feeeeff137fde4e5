namespace CommunityFp.Registers;

/// <summary>One register of a batch: its file, key column and columns.</summary>
/// <param name="Name">Register name, also the file stem (<c>residents</c> → <c>residents.csv</c>).</param>
/// <param name="KeyColumn">The id column that must be unique within the file.</param>
/// <param name="Required">Required in every batch; optional (<c>ext_*</c>) registers may be absent.</param>
/// <param name="Columns">Columns in the contract's order (a file may order them differently).</param>
public sealed record RegisterDefinition(
    string Name,
    string KeyColumn,
    bool Required,
    IReadOnlyList<RegisterColumn> Columns)
{
    /// <summary>The CSV file name of this register in a batch folder.</summary>
    public string FileName => Name + ".csv";

    /// <summary>The column with this name, or null.</summary>
    public RegisterColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
