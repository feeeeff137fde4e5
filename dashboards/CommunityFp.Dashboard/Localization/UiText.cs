using System.Globalization;

namespace CommunityFp.Dashboard.Localization;

/// <summary>
/// The UI's strings, typed (a missing translation does not compile). zh-CN is the default; English the second
/// language. <see cref="Current"/> follows the request culture set by the localization middleware (cookie or ?culture=).
/// </summary>
public sealed partial record UiText
{
    public required string AppTitle { get; init; }
    public required string Overview { get; init; }
    public required string Trends { get; init; }
    public required string Scorecard { get; init; }
    public required string Population { get; init; }
    public required string SignIn { get; init; }
    public required string SignOut { get; init; }
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public required string SignInFailed { get; init; }
    public required string Language { get; init; }
    public required string OtherLanguage { get; init; }
    public required string NoBuildTitle { get; init; }
    public required string NoBuildText { get; init; }
    public required string NoData { get; init; }
    public required string Refused { get; init; }
    public required string Unit { get; init; }
    public required string Units { get; init; }
    public required string Indicator { get; init; }
    public required string Period { get; init; }
    public required string Year { get; init; }
    public required string PeriodType { get; init; }
    public required string Month { get; init; }
    public required string Quarter { get; init; }
    public required string DownloadCsv { get; init; }
    public required string DownloadExcel { get; init; }
    public required string Total { get; init; }
    public required string ChangeFromPreviousYear { get; init; }
    public required string Rank { get; init; }
    public required string Up { get; init; }
    public required string Down { get; init; }
    public required string Same { get; init; }
    public required string PopulationStart { get; init; }
    public required string PopulationEnd { get; init; }
    public required string Entries { get; init; }
    public required string Exits { get; init; }
    public required string Balanced { get; init; }
    public required string NotBalanced { get; init; }
    public required string ChartAltPrefix { get; init; }
    public required string TrendTitle { get; init; }
    public required string DrillDown { get; init; }
    public required string Loading { get; init; }

    public static UiText Chinese { get; } = new()
    {
        AppTitle = "吉林市城市社区计划生育分析", Overview = "概览", Trends = "趋势", Scorecard = "计分卡", Population = "人口变动",
        SignIn = "登录", SignOut = "退出", UserName = "用户名", Password = "密码", SignInFailed = "用户名或密码错误",
        Language = "语言", OtherLanguage = "English", NoBuildTitle = "数据仓库尚未构建",
        NoBuildText = "请先运行 cfp load 和 cfp build（或 cfp demo），然后刷新本页。", NoData = "无数据",
        Refused = "无权查看：该单位不在您的辖区内。", Unit = "单位", Units = "单位", Indicator = "指标", Period = "期间", Year = "年份",
        PeriodType = "期间类型", Month = "月", Quarter = "季度", DownloadCsv = "下载 CSV", DownloadExcel = "下载 Excel", Total = "合计",
        ChangeFromPreviousYear = "较上年", Rank = "名次", Up = "较上期上升", Down = "较上期下降", Same = "与上期持平", PopulationStart = "期初人口", PopulationEnd = "期末人口", Entries = "增加",
        Exits = "减少", Balanced = "期初 + 增加 − 减少 = 期末：平衡", NotBalanced = "期初 + 增加 − 减少 ≠ 期末：不平衡",
        ChartAltPrefix = "折线图", TrendTitle = "{0}：{1}", DrillDown = "下钻", Loading = "加载中…",
    };

    public static UiText English { get; } = new()
    {
        AppTitle = "Jilin City community family planning", Overview = "Overview", Trends = "Trends", Scorecard = "Scorecard",
        Population = "Population", SignIn = "Sign in", SignOut = "Sign out", UserName = "User name", Password = "Password",
        SignInFailed = "Wrong user name or password", Language = "Language", OtherLanguage = "中文",
        NoBuildTitle = "The warehouse has not been built yet",
        NoBuildText = "Run cfp load and cfp build (or cfp demo), then reload this page.", NoData = "no data",
        Refused = "Refused: this unit is outside your territory.", Unit = "Unit", Units = "Units", Indicator = "Indicator",
        Period = "Period", Year = "Year", PeriodType = "Period type", Month = "Month", Quarter = "Quarter",
        DownloadCsv = "Download CSV", DownloadExcel = "Download Excel", Total = "Total", ChangeFromPreviousYear = "vs previous year",
        Rank = "Rank", Up = "up from the previous period", Down = "down from the previous period", Same = "same as the previous period",
        PopulationStart = "Population at start", PopulationEnd = "Population at end", Entries = "Entries", Exits = "Exits",
        Balanced = "start + entries − exits = end: balanced", NotBalanced = "start + entries − exits ≠ end: not balanced",
        ChartAltPrefix = "Line chart", TrendTitle = "{0}: {1}", DrillDown = "Drill down", Loading = "Loading…",
    };

    /// <summary>The cultures the UI offers; the first is the default.</summary>
    public static readonly string[] Cultures = ["zh-CN", "en"];

    /// <summary>Whether a culture is English (any en-*).</summary>
    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>The strings of the current UI culture.</summary>
    public static UiText Current => IsEnglish(CultureInfo.CurrentUICulture) ? English : Chinese;
}
