using ChainGraph.Domain;
using ChainGraph.Analysis.Evaluation;
using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Figures;

/// <summary>
/// The words of the quarterly figures in both languages: the definition of 本地配套率 and one line per chain or district, every number with its
/// unit.
/// </summary>
public static class FiguresWording
{
    /// <summary>What 本地配套率 measures (docs/checklist-method.md).</summary>
    public static Localized Definition { get; } = new(
        "本地配套率：本市链主企业和核心配套企业向在营供应商的年采购额中，由市内企业供应的比例；括号内为含都市圈（东莞、惠州、河源、汕尾）的比例",
        "Local supply share (本地配套率): of what the city's chain owners and core supporting firms buy a year from live suppliers, the share supplied from the city; in brackets, with the metropolitan ring (Dongguan, Huizhou, Heyuan, Shanwei)");

    /// <summary>One line of figures for a chain or district.</summary>
    public static Localized Line(AreaFigures f) => new(
        $"{f.Name}：本地配套率 {Share(f.Supply.LocalShare, Language.Zh)}（含都市圈 {Share(f.Supply.NearShare, Language.Zh)}，年采购额 {Units.Money(f.Supply.Value.Total)}）；"
        + $"本市企业 {f.Firms} 家（{Classes(f, Language.Zh)}）；清单 {f.Items} 项{Changes(f.Changes, Language.Zh)}；项目：{Projects(f, Language.Zh)}",
        $"{f.Name}: local supply share {Share(f.Supply.LocalShare, Language.En)} (with the ring {Share(f.Supply.NearShare, Language.En)}; {Units.MoneyEnglish(f.Supply.Value.Total)} a year); "
        + $"{f.Firms} firms in the city ({Classes(f, Language.En)}); {f.Items} checklist items{Changes(f.Changes, Language.En)}; projects: {Projects(f, Language.En)}");

    public static string Share(double? share, Language l) =>
        share is { } s ? Units.Percent(s) : l == Language.Zh ? "无采购记录" : "no purchases recorded";

    private static string Classes(AreaFigures f, Language l)
    {
        var parts = f.FirmsByClass.Select(kv => $"{EvaluationWording.Class(kv.Key).In(l)} {kv.Value}")
            .Append(l == Language.Zh ? $"未分类 {f.Unclassified}" : $"unclassified {f.Unclassified}");
        return string.Join(l == Language.Zh ? "、" : ", ", parts);
    }

    private static string Changes(ChangeCounts? c, Language l) => c is null ? ""
        : l == Language.Zh ? $"（较上期：新增 {c.New}、已解决 {c.Resolved}、缓解 {c.Improved}、加重 {c.Worsened}）"
        : $" (since the previous checklist: {c.New} new, {c.Resolved} resolved, {c.Improved} improved, {c.Worsened} worsened)";

    private static string Projects(AreaFigures f, Language l) =>
        string.Join(l == Language.Zh ? "、" : ", ", f.Projects.Select(kv => $"{ProjectStatusNames.Of(kv.Key).In(l)} {kv.Value}"));
}
