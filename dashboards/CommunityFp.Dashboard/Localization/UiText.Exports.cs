namespace CommunityFp.Dashboard.Localization;

public sealed partial record UiText
{
    /// <summary>The Exports page's strings, in this instance's language.</summary>
    public ExportsText Exports => ReferenceEquals(this, English) ? ExportsText.English : ExportsText.Chinese;
}

/// <summary>Strings of the research exports page (issue #7).</summary>
public sealed record ExportsText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string UnitHint { get; init; }
    public required string PeriodHint { get; init; }
    public required string Threshold { get; init; }
    public required string Apply { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string Aggregate { get; init; }
    public required string Microdata { get; init; }
    public required string Description { get; init; }
    public required string Download { get; init; }
    public required string ArrowStream { get; init; }
    public required string Csv { get; init; }
    public required string NotYetAvailable { get; init; }
    public required string AuditAll { get; init; }
    public required string AuditOwn { get; init; }
    public required string AuditEmpty { get; init; }
    public required string When { get; init; }
    public required string User { get; init; }
    public required string Format { get; init; }
    public required string Parameters { get; init; }
    public required string Rows { get; init; }
    public required string Outcome { get; init; }
    public required string Python { get; init; }

    public static ExportsText Chinese { get; } = new()
    {
        Title = "研究数据导出",
        Intro = "汇总表对 1 至 k−1 的小数值作隐匿处理（并作二次隐匿，使隐匿值无法从合计推算）；个体数据只含化名键、5 岁年龄组、月份和社区，不含姓名、身份证号和确切日期。每次导出都记入审计日志。",
        UnitHint = "单位代码（可选，含下级）", PeriodHint = "期间（可选：2007、2007-Q1、2007-03）", Threshold = "最小公布数 k（≥ 5）", Apply = "应用",
        Name = "名称", Kind = "类型", Aggregate = "汇总", Microdata = "个体（去标识）", Description = "说明", Download = "下载",
        ArrowStream = "Arrow 流", Csv = "CSV", NotYetAvailable = "尚无数据",
        AuditAll = "导出审计日志（全部用户）", AuditOwn = "我的导出记录", AuditEmpty = "尚无导出记录",
        When = "时间 (UTC)", User = "用户", Format = "格式", Parameters = "参数", Rows = "行数", Outcome = "结果",
        Python = "在 Python 中读取：pyarrow.ipc.open_stream(urlopen(url)).read_all()（需带登录 Cookie）",
    };

    public static ExportsText English { get; } = new()
    {
        Title = "Research exports",
        Intro = "Aggregates withhold counts of 1 to k−1 (and enough others that no withheld count can be solved from totals); microdata hold pseudonymous keys, 5-year age bands, months and communities — no names, citizen ids or exact dates. Every export is written to the audit log.",
        UnitHint = "Unit code (optional, with its units below)", PeriodHint = "Period (optional: 2007, 2007-Q1, 2007-03)", Threshold = "Smallest published count k (≥ 5)",
        Apply = "Apply", Name = "Name", Kind = "Kind", Aggregate = "aggregate", Microdata = "microdata (de-identified)", Description = "Description",
        Download = "Download", ArrowStream = "Arrow stream", Csv = "CSV", NotYetAvailable = "not available yet",
        AuditAll = "Export audit log (every user)", AuditOwn = "My exports", AuditEmpty = "No exports yet",
        When = "When (UTC)", User = "User", Format = "Format", Parameters = "Parameters", Rows = "Rows", Outcome = "Outcome",
        Python = "In Python: pyarrow.ipc.open_stream(urlopen(url)).read_all() (with the sign-in cookie)",
    };
}
