namespace CommunityFp.Exports.Catalog;

/// <summary>
/// One column an export may contain, with what a researcher needs to use it. The export definition's columns are an
/// allow-list: a query column without a <see cref="ColumnDoc"/> is refused (see <see cref="Deidentification.PersonalDataGuard"/>).
/// </summary>
/// <param name="Name">The column name in the query result.</param>
/// <param name="Meaning">What a value means, in one sentence (field metadata <c>meaning</c>).</param>
/// <param name="Unit">The unit (<c>persons</c>, <c>%</c>, <c>‰</c>, <c>yuan</c>); null when none applies.</param>
/// <param name="NotNull">True when the column never holds null: the Arrow field is declared non-nullable and the
/// writer refuses a batch that breaks it. Columns of a table declared NOT NULL are detected without it.</param>
/// <param name="Personal">Names, citizen ids, exact birth dates: a column flagged personal is never exported.</param>
public sealed record ColumnDoc(string Name, string Meaning, string? Unit = null, bool NotNull = false, bool Personal = false);
