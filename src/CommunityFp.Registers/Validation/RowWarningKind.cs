namespace CommunityFp.Registers.Validation;

/// <summary>A usable row's recorded issue (registers.md, "Row errors and warnings").</summary>
public enum RowWarningKind
{
    /// <summary>A citizen id that is not 17 digits and a check character (after upper-casing x).</summary>
    CitizenIdShape,

    /// <summary>A citizen id whose ISO 7064 MOD 11-2 check character is wrong.</summary>
    CitizenIdCheck,

    /// <summary>A birth order lower than 1 + the mother's earlier recorded births.</summary>
    BirthOrderTooLow,

    /// <summary>A <c>spouse_id</c> not among the batch's residents.</summary>
    UnknownSpouse,

    /// <summary>A <c>father_id</c> not among the batch's residents.</summary>
    UnknownFather,
}
