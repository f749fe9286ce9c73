using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// The words (Chinese, and English through the <see cref="Language"/> overloads) and the colours the briefing uses; the
/// chain map page (web/chainmap) uses the same colours.
/// </summary>
public static class BriefingVocabulary
{
    public static string Chinese(Location location) => location switch
    {
        Location.Local => "本地",
        Location.Metro => "都市圈",
        Location.Province => "省内",
        Location.Country => "国内",
        _ => "境外",
    };

    public static string Colour(Location location) => location switch
    {
        Location.Local => "#2e7d32",
        Location.Metro => "#00897b",
        Location.Province => "#1e88e5",
        Location.Country => "#f9a825",
        _ => "#8e24aa",
    };

    public const string ChokepointColour = "#d32f2f";
    public const string WeakColour = "#ef6c00";

    public static string Chinese(HealthGrade grade) => grade switch
    {
        HealthGrade.Sound => "良好",
        HealthGrade.Watch => "关注",
        HealthGrade.Warning => "预警",
        _ => "危险",
    };

    public static string Colour(HealthGrade grade) => grade switch
    {
        HealthGrade.Sound => "#2e7d32",
        HealthGrade.Watch => "#f9a825",
        HealthGrade.Warning => "#ef6c00",
        _ => "#c62828",
    };

    public static string Chinese(SeverityLevel level) => level switch
    {
        SeverityLevel.Critical => "严重",
        SeverityLevel.High => "高",
        SeverityLevel.Medium => "中",
        _ => "低",
    };

    public static string Colour(SeverityLevel level) => level switch
    {
        SeverityLevel.Critical => "#c62828",
        SeverityLevel.High => "#ef6c00",
        SeverityLevel.Medium => "#f9a825",
        _ => "#90a4ae",
    };

    public static string Chinese(LinkKind kind) => kind == LinkKind.Missing ? "缺失环节" : "薄弱环节";

    public static string Chinese(ChecklistItemType type) => type switch
    {
        ChecklistItemType.Missing => "缺失环节",
        ChecklistItemType.ForeignChokepoint => "卡脖子",
        ChecklistItemType.Chokepoint => "关键卡点",
        ChecklistItemType.SoleSource => "单一来源",
        _ => "薄弱环节",
    };

    public static string Chinese(ChangeKind kind) => kind switch
    {
        ChangeKind.New => "新增",
        ChangeKind.Worsened => "加重",
        ChangeKind.Resolved => "已解决",
        ChangeKind.Improved => "缓解",
        _ => "未变",
    };

    public static string Name(HealthGrade grade, Language language) => language == Language.Zh ? Chinese(grade) : grade switch
    {
        HealthGrade.Sound => "sound",
        HealthGrade.Watch => "watch",
        HealthGrade.Warning => "warning",
        _ => "danger",
    };

    public static string Name(SeverityLevel level, Language language) => language == Language.Zh ? Chinese(level) : level switch
    {
        SeverityLevel.Critical => "critical",
        SeverityLevel.High => "high",
        SeverityLevel.Medium => "medium",
        _ => "low",
    };

    public static string Name(LinkKind kind, Language language) =>
        language == Language.Zh ? Chinese(kind) : kind == LinkKind.Missing ? "missing link" : "weak link";

    public static string Name(ChecklistItemType type, Language language) => language == Language.Zh ? Chinese(type) : type switch
    {
        ChecklistItemType.Missing => "missing link",
        ChecklistItemType.ForeignChokepoint => "foreign chokepoint",
        ChecklistItemType.Chokepoint => "chokepoint",
        ChecklistItemType.SoleSource => "sole source",
        _ => "weak link",
    };

    public static string Name(ChangeKind kind, Language language) => language == Language.Zh ? Chinese(kind) : kind switch
    {
        ChangeKind.New => "new",
        ChangeKind.Worsened => "worsened",
        ChangeKind.Resolved => "resolved",
        ChangeKind.Improved => "improved",
        _ => "unchanged",
    };

    public static string Name(ChainAction action, Language language) =>
        language == Language.Zh ? ChainActions.Chinese(action) : action switch
    {
        ChainAction.Strengthen => "strengthen",
        ChainAction.Fill => "fill",
        ChainAction.Stabilise => "stabilise",
        _ => "extend",
    };
}
