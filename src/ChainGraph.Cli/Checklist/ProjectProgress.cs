using System.Globalization;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>
/// What a quarterly comparison says about the 攻关项目清单: each current item's project and its status
/// (拟申报 / 已立项 / 实施中 / 已验收), and the critical and high items nobody has filed a project for (未立项).
/// </summary>
public static class ProjectProgress
{
    /// <summary>A critical or high item without a project: the comparison lists it as 未立项.</summary>
    public static bool Unfiled(ChecklistItem item) => item.Project is null && item.Level >= SeverityLevel.High;

    /// <summary>The status word (<c>in_progress</c>), <c>none</c> for an unfiled critical or high item, else empty (CSV).</summary>
    public static string Word(ChecklistItem? item) =>
        item?.Project is { } p ? Vocabulary.Word(p.Status) : item is not null && Unfiled(item) ? "none" : "";

    /// <summary>" · 项目：已立项" / " · 未立项" after a comparison line, or nothing for a medium or low item without a project.</summary>
    public static string Suffix(ChecklistItem? item, Language language) =>
        item?.Project is { } p ? $" · {(language == Language.Zh ? "项目：" : "project: ")}{ProjectStatusNames.Of(p.Status).In(language)}"
        : item is not null && Unfiled(item) ? $" · {ProjectStatusNames.NoProject.In(language)}"
        : "";

    /// <summary>The section after the changes: projects by status, then the unfiled critical and high items.</summary>
    public static void WriteTable(TextWriter output, IReadOnlyList<ChecklistItem> items, Language language)
    {
        var zh = language == Language.Zh;
        var filed = items.Where(i => i.Project is not null).ToList();
        var counts = Enum.GetValues<ProjectStatus>()
            .Reverse()
            .Select(s => $"{ProjectStatusNames.Of(s).In(language)} {filed.Count(i => i.Project!.Status == s)}");
        output.WriteLine(zh
            ? $"攻关项目：{filed.Count} 项清单事项已有项目（{string.Join("，", counts)}）"
            : $"Projects: {filed.Count} items have a project ({string.Join(", ", counts)})");
        foreach (var item in filed)
        {
            var p = item.Project!;
            var status = ProjectStatusNames.Of(p.Status).In(language);
            output.WriteLine(
                $"  {PreviousItems.Title(item)}  [{ChecklistWords.Level(item.Level, language)}] {status} · {p.Id} · {p.Quarter}");
        }
        var unfiled = items.Where(Unfiled).ToList();
        output.WriteLine(zh
            ? $"{ProjectStatusNames.NoProject.Zh}（严重、高 {unfiled.Count} 项）"
            : $"No project (critical and high: {unfiled.Count})");
        foreach (var item in unfiled)
        {
            var severity = item.Severity.ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine($"  {PreviousItems.Title(item)}  [{ChecklistWords.Level(item.Level, language)} {severity}] {ChecklistWords.Type(item.Type, language)}");
        }
    }
}
