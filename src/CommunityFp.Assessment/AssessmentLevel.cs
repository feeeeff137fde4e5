namespace CommunityFp.Assessment;

/// <summary>The org-unit levels of org_units.level (registers.md); the city is never assessed, only a target scope.</summary>
public enum AssessmentLevel
{
    City = 1,      // 市
    District = 2,  // 县(市)区
    Street = 3,    // 街道
    Community = 4, // 社区
}

public static class AssessmentLevels
{
    /// <summary>The levels a scheme may assess, bottom-up: the order in which a run scores them.</summary>
    public static IReadOnlyList<AssessmentLevel> BottomUp { get; } =
        [AssessmentLevel.Community, AssessmentLevel.Street, AssessmentLevel.District];

    /// <summary>The name of a level in scheme files and run tables.</summary>
    public static string Key(this AssessmentLevel level) => level switch
    {
        AssessmentLevel.City => "city",
        AssessmentLevel.District => "district",
        AssessmentLevel.Street => "street",
        _ => "community",
    };

    public static bool TryParseAssessed(string? key, out AssessmentLevel level)
    {
        level = key switch
        {
            "community" => AssessmentLevel.Community,
            "street" => AssessmentLevel.Street,
            "district" => AssessmentLevel.District,
            _ => AssessmentLevel.City,
        };
        return level != AssessmentLevel.City;
    }

    /// <summary>The level whose units are the children assessed under a unit of this level (street → community).</summary>
    public static AssessmentLevel? ChildLevel(this AssessmentLevel level) =>
        level == AssessmentLevel.Community ? null : level + 1;
}
