namespace CommunityFp.Dashboard.Localization;

public sealed partial record UiText
{
    /// <summary>The population pyramid's strings, in this instance's language.</summary>
    public PyramidText Pyramid => ReferenceEquals(this, English) ? PyramidText.English : PyramidText.Chinese;
}

/// <summary>Strings of the age–sex pyramid on the population page.</summary>
public sealed record PyramidText
{
    public required string Title { get; init; }
    public required string YearOnly { get; init; }
    public required string AgeBand { get; init; }
    public required string Males { get; init; }
    public required string Females { get; init; }

    public static PyramidText Chinese { get; } = new()
    {
        Title = "年龄性别结构", YearOnly = "年龄性别结构按年末统计：选择一个年份即可查看。", AgeBand = "年龄组", Males = "男", Females = "女",
    };

    public static PyramidText English { get; } = new()
    {
        Title = "Age–sex structure", YearOnly = "The age–sex structure is counted at year ends: choose a year to see it.",
        AgeBand = "Age band", Males = "Males", Females = "Females",
    };
}
