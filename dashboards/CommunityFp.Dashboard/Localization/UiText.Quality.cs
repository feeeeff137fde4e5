namespace CommunityFp.Dashboard.Localization;

public sealed partial record UiText
{
    /// <summary>The strings of the data-quality page (/quality).</summary>
    public QualityText Quality => ReferenceEquals(this, English) ? QualityText.English : QualityText.Chinese;
}

/// <summary>Strings of /quality, zh-CN and English.</summary>
public sealed record QualityText
{
    public required string Title { get; init; }
    public required string Loads { get; init; }
    public required string Batch { get; init; }
    public required string Scope { get; init; }
    public required string AsOf { get; init; }
    public required string ArrivedAt { get; init; }
    public required string Outcome { get; init; }
    public required string Reason { get; init; }
    public required string Current { get; init; }
    public required string RowsRead { get; init; }
    public required string RowsLoaded { get; init; }
    public required string RowsQuarantined { get; init; }
    public required string RowsWarned { get; init; }
    public required string Refused { get; init; }
    public required string NoRefusals { get; init; }
    public required string PerCommunity { get; init; }
    public required string PerBatch { get; init; }
    public required string Register { get; init; }
    public required string Quarantined { get; init; }
    public required string Warnings { get; init; }
    public required string Reasons { get; init; }
    public required string ReasonsNote { get; init; }
    public required string Timeliness { get; init; }
    public required string NoBatches { get; init; }
    public required string BroaderBatchNote { get; init; }
    public required IReadOnlyDictionary<string, string> Outcomes { get; init; }

    public static QualityText Chinese { get; } = new()
    {
        Title = "数据质量", Loads = "数据导入", Batch = "批次", Scope = "报送范围", AsOf = "截止日期", ArrivedAt = "导入时间", Outcome = "结果",
        Reason = "原因", Current = "当前版本", RowsRead = "读取行数", RowsLoaded = "导入行数", RowsQuarantined = "隔离行数", RowsWarned = "警告行数",
        Refused = "被拒绝的批次", NoRefusals = "本年没有被拒绝的批次", PerCommunity = "各社区的错误与警告", PerBatch = "按批次、登记表和社区",
        Register = "登记表", Quarantined = "隔离（错误）行", Warnings = "警告", Reasons = "错误与警告原因（仅列名和规则，不含数值）",
        ReasonsNote = "按记录所属社区归入本单位的行。", Timeliness = "信息及时率（各社区）", NoBatches = "本年没有导入的批次",
        BroaderBatchNote = "上级单位报送的批次只显示本辖区的错误与警告，行数不显示。",
        Outcomes = new Dictionary<string, string>
        {
            ["Loaded"] = "已导入", ["Unchanged"] = "未变化", ["Replaced"] = "已替换", ["Superseded"] = "已被取代", ["Refused"] = "被拒绝",
        },
    };

    public static QualityText English { get; } = new()
    {
        Title = "Data quality", Loads = "Loads", Batch = "Batch", Scope = "Scope", AsOf = "As of", ArrivedAt = "Arrived", Outcome = "Outcome",
        Reason = "Reason", Current = "Current version", RowsRead = "Rows read", RowsLoaded = "Rows loaded", RowsQuarantined = "Rows quarantined",
        RowsWarned = "Rows warned", Refused = "Refused batches", NoRefusals = "No batch was refused this year",
        PerCommunity = "Row errors and warnings per community", PerBatch = "Per batch, register and community", Register = "Register",
        Quarantined = "Quarantined rows", Warnings = "Warnings", Reasons = "Reasons of row errors and warnings (columns and rules, never values)",
        ReasonsNote = "Rows attributed to this unit's communities.", Timeliness = "Reporting timeliness per community",
        NoBatches = "No batch was loaded this year",
        BroaderBatchNote = "A batch sent by a unit above shows only this territory's errors and warnings, not its row counts.",
        Outcomes = new Dictionary<string, string>
        {
            ["Loaded"] = "loaded", ["Unchanged"] = "unchanged", ["Replaced"] = "replaced", ["Superseded"] = "superseded", ["Refused"] = "refused",
        },
    };

    /// <summary>An outcome's name in this language (the ETL's name when unknown).</summary>
    public string OutcomeName(string outcome) => Outcomes.GetValueOrDefault(outcome, outcome);
}
