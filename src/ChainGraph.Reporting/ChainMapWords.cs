using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;

namespace ChainGraph.Reporting;

/// <summary>The briefing map's words in Chinese and English (the chain map page uses the same: web/chainmap/src/i18n.js).</summary>
internal static class ChainMapWords
{
    public static readonly Localized Flow = new("上游 → 下游（箭头为供给方向）", "upstream → downstream (arrows: who supplies whom)");
    public static readonly Localized Firms = new("家", "");
    public static readonly Localized Owner = new("链主", "owner");
    public static readonly Localized Reading = new("色条：供应额来源　数字：企业数（家）", "bar: supply value by origin · numbers: firms");
    public static readonly Localized Borders = new(
        "★ 关键环节　边框：红虚线 缺失 · 橙 薄弱 · 红 卡点 · 粗红 卡脖子",
        "★ key · C/H/M/L critical/high/medium/low · border: dashed red missing, orange weak, red chokepoint, thick red foreign");

    /// <summary>The legend's location groups, by the group number <see cref="ChainMapSvg"/> gives a location.</summary>
    public static readonly Words<int> Groups = new((0, "本地", "local"), (1, "都市圈", "metro ring"), (2, "国内", "China"), (3, "境外", "abroad"));

    /// <summary>A finding's kind as its badge shows it.</summary>
    public static readonly Words<ChecklistItemType> Kinds = new(
        (ChecklistItemType.Missing, "缺失", "missing"), (ChecklistItemType.Weak, "薄弱", "weak"),
        (ChecklistItemType.ForeignChokepoint, "卡脖子", "foreign"), (ChecklistItemType.Chokepoint, "卡点", "choke"),
        (ChecklistItemType.SoleSource, "单一来源", "sole"));

    /// <summary>The level as the badge shows it: 严重 / 高 / 中 / 低, or C / H / M / L in English (the legend spells them out).</summary>
    public static string Level(SeverityLevel level, Language language) =>
        language == Language.En ? level.ToString()[..1] : BriefingVocabulary.Chinese(level);
}
