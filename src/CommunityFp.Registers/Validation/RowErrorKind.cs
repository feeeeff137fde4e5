namespace CommunityFp.Registers.Validation;

/// <summary>Why a row cannot be trusted and goes to quarantine (registers.md, "Row errors and warnings").</summary>
public enum RowErrorKind
{
    /// <summary>More or fewer fields than the header.</summary>
    FieldCount,

    /// <summary>A required value is empty.</summary>
    MissingRequired,

    /// <summary>A date that is not <c>YYYY-MM-DD</c>, <c>YYYYMMDD</c> or <c>YYYY/MM/DD</c> or not a calendar date.</summary>
    UnparsableDate,

    /// <summary>A code, count, amount or year that is not a number.</summary>
    UnparsableNumber,

    /// <summary>A digit that is not ASCII (a full-width <c>２</c>).</summary>
    NonAsciiDigit,

    /// <summary>A code outside its list.</summary>
    CodeOutsideList,

    /// <summary>An event date after the batch's <c>as_of</c>.</summary>
    EventAfterAsOf,

    /// <summary>The record id appears more than once in the file: every row sharing it is quarantined.</summary>
    DuplicateId,

    /// <summary>An org code that is not in the batch's <c>org_units</c>.</summary>
    UnknownOrgUnit,

    /// <summary>A <c>community_code</c> or <c>residence_code</c> that names a unit other than a community.</summary>
    NotACommunity,

    /// <summary>
    /// Counts of one row that contradict each other: an evaluation with more satisfied than respondents, or more
    /// respondents than households invited (registers.md defines each as a subset of the next).
    /// </summary>
    InconsistentCounts,
}
