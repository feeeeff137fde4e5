namespace CommunityFp.Dashboard.Localization;

public sealed partial record UiText
{
    /// <summary>The strings of the compare-communities page (/compare).</summary>
    public CompareText Compare => ReferenceEquals(this, English) ? CompareText.English : CompareText.Chinese;
}

/// <summary>Strings of /compare, zh-CN and English (a missing translation does not compile).</summary>
public sealed record CompareText
{
    public required string Title { get; init; }
    public required string ParentUnit { get; init; }
    public required string Smooth { get; init; }
    public required string FunnelTitle { get; init; }
    public required string XLabel { get; init; }
    public required string YLabel { get; init; }
    public required string AltPrefix { get; init; }
    public required string Summary { get; init; }
    public required string OutsideItem { get; init; }
    public required string PooledLegend { get; init; }
    public required string InnerLegend { get; init; }
    public required string OuterLegend { get; init; }
    public required string InsideLegend { get; init; }
    public required string Above { get; init; }
    public required string Below { get; init; }
    public required string LeagueTable { get; init; }
    public required string Community { get; init; }
    public required string Numerator { get; init; }
    public required string Denominator { get; init; }
    public required string Rate { get; init; }
    public required string Interval { get; init; }
    public required string Position { get; init; }
    public required string SmoothedRate { get; init; }
    public required string SmoothedInterval { get; init; }
    public required string ShrinkageWeight { get; init; }
    public required string Inside { get; init; }
    public required string OutsideInnerHigh { get; init; }
    public required string OutsideInnerLow { get; init; }
    public required string OutsideOuterHigh { get; init; }
    public required string OutsideOuterLow { get; init; }
    public required string PooledRate { get; init; }
    public required string SideBySide { get; init; }
    public required string PickHint { get; init; }
    public required string NoCommunities { get; init; }
    public required string Method { get; init; }
    public required string SmoothMethod { get; init; }
    public required string NoSmoothing { get; init; }

    public static CompareText Chinese { get; } = new()
    {
        Title = "社区比较", ParentUnit = "上级单位", Smooth = "经验贝叶斯平滑", FunnelTitle = "{0}：{1}各社区（{2}）",
        XLabel = "分母（人数）", YLabel = "比率（%）", AltPrefix = "漏斗图",
        Summary = "上级合并比率 {0}，共 {1} 个社区，{2} 个在控制限以外。", OutsideItem = "{0}：{1}（分母 {2}），{4}{3}",
        PooledLegend = "上级合并比率", InnerLegend = "95% 控制限", OuterLegend = "99.8% 控制限", InsideLegend = "控制限以内",
        Above = "高于", Below = "低于", LeagueTable = "排行表", Community = "社区", Numerator = "分子", Denominator = "分母",
        Rate = "比率", Interval = "95% 区间（Wilson）", Position = "相对控制限", SmoothedRate = "平滑比率",
        SmoothedInterval = "平滑 95% 区间", ShrinkageWeight = "收缩权重", Inside = "控制限以内",
        OutsideInnerHigh = "高于 95% 控制限", OutsideInnerLow = "低于 95% 控制限",
        OutsideOuterHigh = "高于 99.8% 控制限", OutsideOuterLow = "低于 99.8% 控制限", PooledRate = "上级合并比率",
        SideBySide = "社区并列比较", PickHint = "选择 2–4 个社区并列比较全部指标", NoCommunities = "该单位下没有社区的数据",
        Method = "控制限：以上级合并比率（分子之和 ÷ 分母之和）为中心的精确二项分布分位数（Spiegelhalter 插值）。",
        SmoothMethod = "平滑：β-二项模型，先验用上级各社区的矩估计（方差 τ² = {0}），平滑比率 = (分子 + a) ÷ (分母 + a + b)，a + b = {1}。",
        NoSmoothing = "各社区之间的差异不大于随机波动：平滑后均等于上级合并比率。",
    };

    public static CompareText English { get; } = new()
    {
        Title = "Compare communities", ParentUnit = "Parent unit", Smooth = "Empirical-Bayes smoothing",
        FunnelTitle = "{0}: communities of {1} ({2})", XLabel = "Denominator (persons)", YLabel = "Rate (%)", AltPrefix = "Funnel plot",
        Summary = "Pooled rate of the parent {0}; {1} communities, {2} outside the limits.", OutsideItem = "{0}: {1} (denominator {2}), {4} the {3}",
        PooledLegend = "Parent's pooled rate", InnerLegend = "95% limits", OuterLegend = "99.8% limits", InsideLegend = "inside the limits",
        Above = "above", Below = "below", LeagueTable = "League table", Community = "Community", Numerator = "Numerator",
        Denominator = "Denominator", Rate = "Rate", Interval = "95% interval (Wilson)", Position = "Against the limits",
        SmoothedRate = "Smoothed rate", SmoothedInterval = "Smoothed 95% interval", ShrinkageWeight = "Shrinkage weight",
        Inside = "inside the limits", OutsideInnerHigh = "above the 95% limit", OutsideInnerLow = "below the 95% limit",
        OutsideOuterHigh = "above the 99.8% limit", OutsideOuterLow = "below the 99.8% limit", PooledRate = "Parent's pooled rate",
        SideBySide = "Communities side by side", PickHint = "Pick 2–4 communities to compare every indicator",
        NoCommunities = "No community of this unit has data",
        Method = "Limits: exact binomial quantiles (Spiegelhalter's interpolation) around the parent's pooled rate (Σ numerators ÷ Σ denominators).",
        SmoothMethod = "Smoothing: beta-binomial, prior fitted to the parent's communities by the method of moments (τ² = {0}); smoothed rate = (numerator + a) ÷ (denominator + a + b), a + b = {1}.",
        NoSmoothing = "The communities differ no more than chance would make them: every smoothed rate equals the pooled rate.",
    };
}
