namespace CommunityFp.Dashboard.Localization;

public sealed partial record UiText
{
    /// <summary>The assessment pages' strings (unit assessment, veto review, report, overview targets) in this language.</summary>
    public AssessmentText Assess => ReferenceEquals(this, English) ? AssessmentText.English : AssessmentText.Chinese;
}

/// <summary>The assessment pages' strings, typed, zh-CN and English (a missing translation does not compile).</summary>
public sealed record AssessmentText
{
    public required string Assessment { get; init; }
    public required string AssessmentOf { get; init; }
    public required string Vetoes { get; init; }
    public required string VetoReview { get; init; }
    public required string Report { get; init; }
    public required string ReportTitle { get; init; }
    public required string NoAssessmentTitle { get; init; }
    public required string NoAssessmentText { get; init; }
    public required string NotAssessed { get; init; }
    public required string Run { get; init; }
    public required string Score { get; init; }
    public required string Criterion { get; init; }
    public required string Value { get; init; }
    public required string Interval { get; init; }
    public required string Target { get; init; }
    public required string Weight { get; init; }
    public required string Rule { get; init; }
    public required string Points { get; init; }
    public required string PointsLost { get; init; }
    public required string Fairness { get; init; }
    public required string Standards { get; init; }
    public required string Standard { get; init; }
    public required string Attained { get; init; }
    public required string NotAttained { get; init; }
    public required string Why { get; init; }
    public required string ScoreMet { get; init; }
    public required string ScoreNotMet { get; init; }
    public required string VetoBlocks { get; init; }
    public required string VetoedInYears { get; init; }
    public required string Vetoed { get; init; }
    public required string NoVetoes { get; init; }
    public required string VetoRule { get; init; }
    public required string Origin { get; init; }
    public required string PropagationPath { get; init; }
    public required string Propagated { get; init; }
    public required string OwnVeto { get; init; }
    public required string Evidence { get; init; }
    public required string EvidenceCount { get; init; }
    public required string Register { get; init; }
    public required string RecordId { get; init; }
    public required string Date { get; init; }
    public required string Community { get; init; }
    public required string EvidenceNote { get; init; }
    public required string Summary { get; init; }
    public required string CommunitiesAssessed { get; init; }
    public required string VetoedCommunities { get; init; }
    public required string Share { get; init; }
    public required string Targets { get; init; }
    public required string Actual { get; init; }
    public required string Gap { get; init; }
    public required string Forecast { get; init; }
    public required string Status { get; init; }
    public required string By { get; init; }
    public required string ForecastScopeNote { get; init; }
    public required string AllUnits { get; init; }
    public required string Level { get; init; }
    public required string Highest { get; init; }
    public required string None { get; init; }
    public required string Scheme { get; init; }
    public required string SchemeHash { get; init; }
    public required string KnowledgeDate { get; init; }
    public required string EverythingLoaded { get; init; }
    public required string RunId { get; init; }
    public required string Batches { get; init; }
    public required string Print { get; init; }
    public required string Signature { get; init; }
    public required string TargetProgress { get; init; }
    public required string TargetTitle { get; init; }
    public required string TargetChartAlt { get; init; }
    public required string StandardsByDistrict { get; init; }
    public required string ThisYearsVetoes { get; init; }
    public required string VetoCount { get; init; }
    public required string OpenVetoReview { get; init; }
    public required string IndicatorSet { get; init; }
    public required string HeadlineSet { get; init; }
    public required string AssessmentSet { get; init; }
    public required string MeetsTarget { get; init; }
    public required string MissesTarget { get; init; }
    public required string ShareOfChildren { get; init; }
    public required IReadOnlyDictionary<string, string> Words { get; init; }

    /// <summary>A stored code word (fairness, rule, direction, status, level, veto rule) in this language; the code itself when unknown.</summary>
    public string Word(string code) => Words.TryGetValue(code, out var word) ? word : code;

    /// <summary>A standard's label: its scheme name (达标), in English with a gloss.</summary>
    public string StandardLabel(string id, string name) =>
        ReferenceEquals(this, English) && Words.TryGetValue("standard:" + id, out var gloss) ? $"{gloss} ({name})" : name;

    public static AssessmentText Chinese { get; } = new()
    {
        Assessment = "考核", AssessmentOf = "{0} · {1} 年考核", Vetoes = "一票否决", VetoReview = "一票否决审查", Report = "考核报告",
        ReportTitle = "{0} {1} 年度人口和计划生育目标管理责任制考核报告",
        NoAssessmentTitle = "尚无考核结果", NoAssessmentText = "请先运行 cfp assess --year 年份（cfp demo 会考核每一年），然后刷新本页。",
        NotAssessed = "该单位未参加本次考核。", Run = "考核批次", Score = "得分", Criterion = "考核指标", Value = "实际值", Interval = "95% 区间",
        Target = "目标", Weight = "分值", Rule = "计分规则", Points = "得分", PointsLost = "失分", Fairness = "差距是否可能为随机波动",
        Standards = "达标情况", Standard = "等级", Attained = "已达到", NotAttained = "未达到", Why = "原因", ScoreMet = "得分达到该等级最低分",
        ScoreNotMet = "得分低于该等级最低分", VetoBlocks = "被一票否决", VetoedInYears = "{0} 年曾被否决", Vetoed = "一票否决", NoVetoes = "无一票否决。",
        VetoRule = "否决条款", Origin = "发生单位", PropagationPath = "传导路径", Propagated = "由下级传导", OwnVeto = "本级发生",
        Evidence = "证据记录", EvidenceCount = "证据数", Register = "登记表", RecordId = "记录编号", Date = "日期", Community = "社区",
        EvidenceNote = "证据仅列记录编号、日期和社区，不含姓名、身份证号等个人信息；仅本辖区用户可见。",
        Summary = "总体情况", CommunitiesAssessed = "参加考核社区", VetoedCommunities = "被否决社区", Share = "比例", Targets = "目标完成情况",
        Actual = "实际", Gap = "差距", Forecast = "预测（95% 区间）", Status = "状态", By = "期限",
        ForecastScopeNote = "预测和状态针对目标所属范围（全市）；本表的实际比例为本单位所辖社区。", AllUnits = "各单位考核结果", Level = "层级",
        Highest = "最高等级", None = "无", Scheme = "考核方案", SchemeHash = "方案散列", KnowledgeDate = "数据截止（知悉日期）",
        EverythingLoaded = "全部已加载数据", RunId = "考核批次号", Batches = "数据批次数", Print = "打印", Signature = "负责人签字：＿＿＿＿＿＿　日期：＿＿＿＿＿＿",
        TargetProgress = "目标进度", TargetTitle = "{0}比例（目标 {1}，{2} 前）", TargetChartAlt = "折线图",
        StandardsByDistrict = "各区社区等级分布", ThisYearsVetoes = "本年度一票否决", VetoCount = "{0} 项否决，涉及 {1} 个单位",
        OpenVetoReview = "查看一票否决审查", IndicatorSet = "指标集", HeadlineSet = "常规指标", AssessmentSet = "考核指标",
        MeetsTarget = "达到目标", MissesTarget = "未达到目标", ShareOfChildren = "下级单位{0}比例",
        Words = new Dictionary<string, string>
        {
            ["no_shortfall"] = "无差距", ["meaningful"] = "差距显著（非随机）", ["could_be_noise"] = "可能是随机波动（单位较小）",
            ["no_noise_question"] = "计数指标，每条记录均为事实", ["no_interval"] = "无置信区间", ["no_data"] = "无数据",
            ["deduct"] = "扣分", ["linear"] = "线性", ["threshold"] = "达标得分", ["higher"] = "越高越好", ["lower"] = "越低越好",
            ["on_track"] = "有望完成", ["at_risk"] = "有风险", ["off_track"] = "难以完成", ["met"] = "已完成", ["missed"] = "未完成",
            ["city"] = "市", ["district"] = "区", ["street"] = "街道", ["community"] = "社区",
            ["illegal_multiple_birth"] = "政策外多孩生育", ["serious_under_reporting"] = "出生严重漏报",
            ["births"] = "出生登记", ["ext_hospital_births"] = "医院出生记录",
        },
    };

    public static AssessmentText English { get; } = new()
    {
        Assessment = "Assessment", AssessmentOf = "{0} · assessment {1}", Vetoes = "Vetoes", VetoReview = "Veto review", Report = "Report",
        ReportTitle = "{0}: population and family-planning target assessment report, {1}",
        NoAssessmentTitle = "No assessment stored yet", NoAssessmentText = "Run cfp assess --year YYYY (cfp demo assesses every year), then reload this page.",
        NotAssessed = "This unit was not assessed in this run.", Run = "Run", Score = "Score", Criterion = "Criterion", Value = "Value",
        Interval = "95% interval", Target = "Target", Weight = "Weight", Rule = "Rule", Points = "Points", PointsLost = "Points lost",
        Fairness = "Could the shortfall be noise?", Standards = "Standards", Standard = "Standard", Attained = "attained",
        NotAttained = "not attained", Why = "Why", ScoreMet = "score reaches the standard's minimum", ScoreNotMet = "score below the standard's minimum", VetoBlocks = "vetoed",
        VetoedInYears = "vetoed in {0}", Vetoed = "Vetoed", NoVetoes = "No one-vote veto.", VetoRule = "Rule", Origin = "Where it happened",
        PropagationPath = "Propagation", Propagated = "propagated from below", OwnVeto = "its own", Evidence = "Evidence records",
        EvidenceCount = "Evidence", Register = "Register", RecordId = "Record id", Date = "Date", Community = "Community",
        EvidenceNote = "Evidence lists record ids, dates and communities only — no names or citizen ids — and only to users of the owning territory.",
        Summary = "Summary", CommunitiesAssessed = "Communities assessed", VetoedCommunities = "Communities vetoed", Share = "Share",
        Targets = "Targets", Actual = "Actual", Gap = "Gap", Forecast = "Forecast (95% interval)", Status = "Status", By = "By",
        ForecastScopeNote = "Forecast and status are for the target's own scope (the city); the actual share here is of this unit's communities.",
        AllUnits = "Every unit's result", Level = "Level", Highest = "Highest standard", None = "none", Scheme = "Scheme",
        SchemeHash = "Scheme hash", KnowledgeDate = "Knowledge date", EverythingLoaded = "everything loaded", RunId = "Run id",
        Batches = "Batches", Print = "Print", Signature = "Signed: ______________   Date: ______________",
        TargetProgress = "Progress to targets", TargetTitle = "Share {0} (target {1} by {2})", TargetChartAlt = "Line chart",
        StandardsByDistrict = "Communities per standard in each district", ThisYearsVetoes = "This year's vetoes",
        VetoCount = "{0} vetoes, {1} units vetoed", OpenVetoReview = "Open the veto review", IndicatorSet = "Indicators",
        HeadlineSet = "Headline", AssessmentSet = "Assessed", MeetsTarget = "meets the target", MissesTarget = "misses the target",
        ShareOfChildren = "Share of units below attaining {0}",
        Words = new Dictionary<string, string>
        {
            ["no_shortfall"] = "no shortfall", ["meaningful"] = "meaningful (not noise)", ["could_be_noise"] = "could be noise (small unit)",
            ["no_noise_question"] = "a count: each record is a fact", ["no_interval"] = "no interval", ["no_data"] = "no data",
            ["deduct"] = "deduct", ["linear"] = "linear", ["threshold"] = "threshold", ["higher"] = "higher is better", ["lower"] = "lower is better",
            ["on_track"] = "on track", ["at_risk"] = "at risk", ["off_track"] = "off track", ["met"] = "met", ["missed"] = "missed",
            ["city"] = "city", ["district"] = "district", ["street"] = "street", ["community"] = "community",
            ["illegal_multiple_birth"] = "illegal multiple birth", ["serious_under_reporting"] = "serious under-reporting of births",
            ["births"] = "births register", ["ext_hospital_births"] = "hospital births",
            ["standard:dabiao"] = "Up to standard", ["standard:xianjin"] = "Advanced", ["standard:hexie"] = "Harmonious",
        },
    };
}
