namespace CommunityFp.Dashboard.Localization;

public sealed partial record UiText
{
    /// <summary>The strings of the upload page (/upload).</summary>
    public UploadText Upload => ReferenceEquals(this, English) ? UploadText.English : UploadText.Chinese;
}

/// <summary>Strings of /upload, zh-CN and English.</summary>
public sealed record UploadText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string File { get; init; }
    public required string Submit { get; init; }
    public required string NotAllowed { get; init; }
    public required string Report { get; init; }
    public required string NoReport { get; init; }
    public required string Uploads { get; init; }
    public required string NoUploads { get; init; }
    public required string User { get; init; }
    public required string When { get; init; }
    public required string Refresh { get; init; }
    public required string Files { get; init; }
    public required string Working { get; init; }

    public static UploadText Chinese { get; } = new()
    {
        Title = "上传数据", Intro = "上传本单位的月度导出：把批次文件夹（manifest.json 和各登记表 CSV）压缩为一个 .zip 文件。只能上传本辖区的批次；导入后自动更新指标。",
        File = "批次 .zip 文件", Submit = "上传并导入", NotAllowed = "只有区、街道办事处和管理员可以上传数据。", Report = "导入报告",
        NoReport = "没有这份导入报告，或它不属于您。", Uploads = "上传记录", NoUploads = "还没有上传记录", User = "用户", When = "时间",
        Refresh = "指标更新", Files = "各登记表", Working = "正在导入，请稍候…",
    };

    public static UploadText English { get; } = new()
    {
        Title = "Upload", Intro = "Upload your office's monthly export: the batch folder (manifest.json and the register CSVs) as one .zip file. Only batches of your own territory are accepted; the indicators are refreshed after the load.",
        File = "Batch .zip file", Submit = "Upload and load", NotAllowed = "Only district and street offices and administrators can upload.",
        Report = "Load report", NoReport = "There is no such load report, or it is not yours.", Uploads = "Uploads", NoUploads = "No uploads yet",
        User = "User", When = "When", Refresh = "Indicators refreshed", Files = "Registers", Working = "Loading, please wait…",
    };
}
