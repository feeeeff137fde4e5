namespace CommunityFp.Generator;

/// <summary>
/// Names of injected defects (<see cref="InjectedDefect.Kind"/>). Row errors and warnings use the names of the
/// contract validator's <c>RowErrorKind</c> and <c>RowWarningKind</c>; the rest describe a whole batch or file.
/// </summary>
public static class DefectKinds
{
    // Row errors (registers.md, "Row errors and warnings").
    public const string MissingRequired = "MissingRequired";
    public const string UnparsableDate = "UnparsableDate";
    public const string UnparsableNumber = "UnparsableNumber";
    public const string CodeOutsideList = "CodeOutsideList";
    public const string EventAfterAsOf = "EventAfterAsOf";
    public const string DuplicateId = "DuplicateId";
    public const string UnknownOrgUnit = "UnknownOrgUnit";
    public const string NotACommunity = "NotACommunity";
    public const string FieldCount = "FieldCount";
    public const string NonAsciiDigit = "NonAsciiDigit";

    /// <summary>An evaluation with more satisfied than respondents (injected once per district, on its own random stream).</summary>
    public const string InconsistentCounts = "InconsistentCounts";

    // Warnings.
    public const string CitizenIdShape = "CitizenIdShape";
    public const string CitizenIdCheck = "CitizenIdCheck";
    public const string BirthOrderTooLow = "BirthOrderTooLow";
    public const string UnknownSpouse = "UnknownSpouse";
    public const string UnknownFather = "UnknownFather";

    // Valid but awkward content and batch-level traits.
    public const string QuotedLineBreak = "QuotedLineBreak";
    public const string Gb18030 = "Gb18030";
    public const string Resent = "Resent";
    public const string LateExport = "LateExport";
    public const string Bom = "Bom";
    public const string Crlf = "Crlf";
    public const string ExtraColumn = "ExtraColumn";
    public const string ColumnOrder = "ColumnOrder";
    public const string DateStyle = "DateStyle";

    // At the source (first version of the batch where it takes effect; record id, no line).
    /// <summary>An event first appearing in a batch whose as_of is more than 31 days after the event's date.</summary>
    public const string LateReport = "LateReport";

    /// <summary>A record whose value (name, birth date, child sex) differs from the previous batch: a correction.</summary>
    public const string Correction = "Correction";

    /// <summary>A record present in the previous batch and absent from this one: deleted at the source.</summary>
    public const string SourceDeletion = "SourceDeletion";

    /// <summary>The ten row-error kinds drawn at random for every batch.</summary>
    public static IReadOnlyList<string> RandomRowErrors { get; } =
        [MissingRequired, UnparsableDate, UnparsableNumber, CodeOutsideList, EventAfterAsOf, DuplicateId, UnknownOrgUnit, NotACommunity, FieldCount, NonAsciiDigit];

    /// <summary>Every row-error kind the generator injects.</summary>
    public static IReadOnlyList<string> RowErrors { get; } = [.. RandomRowErrors, InconsistentCounts];

    /// <summary>The five warning kinds.</summary>
    public static IReadOnlyList<string> Warnings { get; } = [CitizenIdShape, CitizenIdCheck, BirthOrderTooLow, UnknownSpouse, UnknownFather];
}
