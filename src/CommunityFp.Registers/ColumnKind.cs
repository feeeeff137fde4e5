namespace CommunityFp.Registers;

/// <summary>How a register column's text is read and checked (registers.md, "CSV rules").</summary>
public enum ColumnKind
{
    /// <summary>Free text (names, building numbers, hospital names).</summary>
    Text,

    /// <summary>A text key, stable across batches (resident_id, birth_id …).</summary>
    Id,

    /// <summary>An integer code from a closed list; ASCII digits only, compared as integers (<c>01</c> = <c>1</c>).</summary>
    Code,

    /// <summary>A non-negative whole number (counts such as participants).</summary>
    Count,

    /// <summary>Yuan with at most two decimals.</summary>
    Amount,

    /// <summary>A calendar date: <c>YYYY-MM-DD</c>, <c>YYYYMMDD</c> or <c>YYYY/MM/DD</c>.</summary>
    Date,

    /// <summary>A calendar year <c>YYYY</c>.</summary>
    Year,

    /// <summary>An org-unit code (统计用区划代码) written at its natural length.</summary>
    OrgCode,

    /// <summary>An 18-character GB 11643 citizen id; a bad shape or check character is a warning, never a row error.</summary>
    CitizenId,

    /// <summary>A 6-digit GB/T 2260 administrative division code.</summary>
    DivisionCode,

    /// <summary>A 0/1 flag.</summary>
    Flag,
}
