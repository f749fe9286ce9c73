using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Analysis.Figures;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Figures;

/// <summary>Writes the quarterly chain and district figures as lines to read or as JSON (enum words as keys, money in 万元).</summary>
public static class FiguresFormatter
{
    public static void Write(TextWriter output, DateOnly asOf, IReadOnlyList<AreaFigures> chains, IReadOnlyList<AreaFigures> districts,
        string format, Language l)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                asOf, definition = FiguresWording.Definition.In(l),
                chains = chains.Select(Json), districts = districts.Select(Json),
            }, JsonOptions.Indented));
            return;
        }
        var zh = l == Language.Zh;
        output.WriteLine(zh
            ? $"季度产业链与辖区数据（数据截至 {asOf:yyyy-MM-dd}）"
            : $"Quarterly chain and district figures (data as of {asOf:yyyy-MM-dd})");
        output.WriteLine(FiguresWording.Definition.In(l));
        output.WriteLine();
        output.WriteLine(zh ? "按产业链：" : "By chain:");
        foreach (var f in chains) output.WriteLine("  " + FiguresWording.Line(f).In(l));
        output.WriteLine();
        output.WriteLine(zh ? "按辖区：" : "By district:");
        foreach (var f in districts) output.WriteLine("  " + FiguresWording.Line(f).In(l));
    }

    private static object Json(AreaFigures f) => new
    {
        f.Id, f.Name,
        localSupplyShare = f.Supply.LocalShare,
        nearSupplyShare = f.Supply.NearShare,
        inputValue = f.Supply.Value.Total,
        inputByLocation = f.Supply.Value,
        firmsByClass = f.FirmsByClass.ToDictionary(kv => Vocabulary.Word(kv.Key), kv => kv.Value),
        f.Unclassified, f.Items, f.Changes,
        projects = f.Projects.ToDictionary(kv => Vocabulary.Word(kv.Key), kv => kv.Value),
    };
}
