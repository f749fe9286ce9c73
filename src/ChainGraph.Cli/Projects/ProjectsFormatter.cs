using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain;
using ChainGraph.Analysis.Projects;
using ChainGraph.Domain.Text;
using ChainGraph.Cli.Checklist;

namespace ChainGraph.Cli.Projects;

/// <summary>
/// Writes the 攻关项目清单: a table by name (Chinese by default: 项目, 牵头单位, 目标, 预算（万元）, 政策工具, 支持金额（万元）, 状态,
/// 季度, 对应清单事项), CSV or JSON with the snake_case words of the import file and the API.
/// </summary>
public static class ProjectsFormatter
{
    public static void Write(TextWriter output, IReadOnlyList<Project> projects, ChainIndex index, string format, Language language)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(projects.Select(p => ProjectJson.Of(p, index, language)), JsonOptions.Indented));
                break;
            case "csv":
                WriteCsv(output, projects, index, language);
                break;
            default:
                WriteTable(output, projects, index, language);
                break;
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Project> projects, ChainIndex index, Language language)
    {
        var zh = language == Language.Zh;
        output.WriteLine(zh
            ? $"攻关项目清单（{projects.Count} 项；{ChecklistWords.Basis(language)}）"
            : $"Project list ({projects.Count} projects; {ChecklistWords.Basis(language)})");
        if (projects.Count == 0)
        {
            output.WriteLine(zh
                ? "没有项目：可导入 projects.csv（见 import/templates/README.md）"
                : "no projects: import a projects.csv (see import/templates/README.md)");
            return;
        }
        string[] header = zh
            ? ["项目", "牵头单位", "目标", "预算（万元）", "政策工具", "支持金额（万元）", "状态", "季度", "对应清单事项"]
            : ["project", "lead", "goal", "budget (10k CNY)", "instrument", "support (10k CNY)", "status", "quarter", "checklist item"];
        TextTable.Write(output, header, projects.Select(p => (IReadOnlyList<string>)
        [
            p.Id, Name(p.LeadEnterpriseId, index), p.Goal, Number(p.Budget), InstrumentName(p.InstrumentId, language),
            p.Amount is { } a ? Number(a) : "—", ProjectStatusNames.Of(p.Status).In(language), p.Quarter,
            ProjectItemTitle.Of(p.ItemId, index, language), ]));
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<Project> projects, ChainIndex index, Language language)
    {
        output.WriteLine(
            "id,item_id,item,chain_id,segment_id,lead_enterprise_id,lead,partners,goal,budget,investment,instrument,amount,status,quarter");
        foreach (var p in projects)
        {
            output.WriteLine(string.Join(",", Csv(p.Id), Csv(p.ItemId), Csv(ProjectItemTitle.Of(p.ItemId, index, language)), Csv(p.ChainId),
                Csv(p.SegmentId ?? ""),
                p.LeadEnterpriseId, Csv(Name(p.LeadEnterpriseId, index)), Csv(string.Join(";", p.Partners.Select(id => Name(id, index)))),
                Csv(p.Goal),
                Number(p.Budget), p.Investment is { } i ? Number(i) : "", p.InstrumentId, p.Amount is { } a ? Number(a) : "",
                Vocabulary.Word(p.Status), p.Quarter));
        }
    }

    internal static string Name(string enterpriseId, ChainIndex index) =>
        index.TryGetEnterprise(enterpriseId, out var e) ? index.Name(e) : enterpriseId;

    internal static string InstrumentName(string id, Language language) =>
        PolicyInstrument.All.FirstOrDefault(i => i.Id == id) is { } instrument
            ? (language == Language.Zh ? instrument.Name : instrument.EnglishName)
            : id;

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Csv(string value) => ChecklistFormatter.Csv(value);
}
