namespace CommunityFp.Exports.Catalog;

/// <summary>What a row of an export stands for; decides which protections apply.</summary>
public enum ExportKind
{
    /// <summary>Counts and rates per unit and period: small-cell suppression applies when a spec is given.</summary>
    Aggregate,

    /// <summary>One row per person-year, birth or measure: the personal-data guard also refuses exact dates.</summary>
    Microdata,
}
