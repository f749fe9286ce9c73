using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Application.Checklists;
using ChainGraph.Domain;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Checklist;

/// <summary>
/// Writes the quarterly comparison by name: new, worsened, resolved, improved (missing → weak included), unchanged; then each
/// item's project and status, and the critical and high items without one (未立项, <see cref="ProjectProgress"/>).
/// </summary>
public static class ComparisonFormatter
{
    public static void Write(TextWriter output, ChecklistDocument document, IReadOnlyList<PreviousItem> previous, string format,
        Language language)
    {
        var changes = ChecklistComparison.Compare(previous, document.Items);
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    document.DataVersion,
                    changes = changes.Select(c => new
                    {
                        c.Id, kind = c.Kind, title = Title(c), previousType = c.PreviousType, type = c.Item?.Type, c.Previous, c.Current,
                        projectStatus = ProjectProgress.Word(c.Item) is { Length: > 0 } word ? word : null, c.Item,
                    }),
                }, CandidateJson.Options(language)));
                break;
            case "csv":
                WriteCsv(output, changes);
                break;
            default:
                WriteTable(output, changes, language);
                ProjectProgress.WriteTable(output, document.Items, language);
                break;
        }
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<ChecklistChange> changes)
    {
        output.WriteLine("change,id,title,previous_type,type,previous_severity,severity,project_id,project_status");
        foreach (var c in changes)
        {
            output.WriteLine(string.Join(",", Vocabulary.Word(c.Kind), ChecklistFormatter.Csv(c.Id), ChecklistFormatter.Csv(Title(c)),
                c.PreviousType is { } p ? Vocabulary.Word(p) : "", c.Item is { } i ? Vocabulary.Word(i.Type) : "", Number(c.Previous),
                Number(c.Current), ChecklistFormatter.Csv(c.Item?.Project?.Id ?? ""), ProjectProgress.Word(c.Item)));
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<ChecklistChange> changes, Language language)
    {
        var zh = language == Language.Zh;
        output.WriteLine(zh ? "与上期清单对比" : "Compared with the previous checklist");
        foreach (var group in changes.Where(c => c.Kind != ChangeKind.Unchanged || c.TypeChanged).GroupBy(c => c.Kind))
        {
            output.WriteLine($"{ChecklistWords.Change(group.Key, language)}{(zh ? "（" : " (")}{group.Count()}{(zh ? "）" : ")")}");
            foreach (var c in group) output.WriteLine($"  {Title(c)}  {TypeText(c, language)}{Shown(c.Previous)} → {Shown(c.Current)}{ProjectProgress.Suffix(c.Item, language)}");
        }
        var unchanged = changes.Count(c => c.Kind == ChangeKind.Unchanged);
        output.WriteLine(zh ? $"未变：{unchanged} 项" : $"unchanged: {unchanged}");
    }

    private static string TypeText(ChecklistChange c, Language language)
    {
        var now = c.Item?.Type ?? c.PreviousType;
        if (now is null) return "";
        if (!c.TypeChanged) return $"[{ChecklistWords.Type(now.Value, language)}] ";
        return $"[{ChecklistWords.Type(c.PreviousType!.Value, language)} → {ChecklistWords.Type(now.Value, language)}] ";
    }

    // A name where there is one: the current item's, else the title the previous file recorded, else its id.
    private static string Title(ChecklistChange c) => c.Item is { } item ? PreviousItems.Title(item) : c.PreviousTitle ?? c.Id;

    private static string Shown(double? value) => value is null ? "-" : Number(value);

    private static string Number(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
