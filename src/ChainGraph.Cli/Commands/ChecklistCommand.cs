using System.CommandLine;
using ChainGraph.Application.Checklists;
using ChainGraph.Cli.Checklist;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph checklist`: the ranked key-chain checklist (关键卡点攻关项目清单) and the supply records to verify
/// (核实供应记录), or the changes since a previous checklist (<see cref="ChecklistUseCase"/>). Chinese by default,
/// `--lang en` for English; the output is kept in the result cache beside the store until the data changes.
/// </summary>
public static class ChecklistCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string?>("--chain") { Description = "Only this chain (id); default all chains", HelpName = "ID" };
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var compare = new Option<FileInfo?>(
            "--compare") { Description =
            "A previous checklist (JSON from --format json) to compare with: new, resolved, worsened, improved", HelpName = "OLD.json" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout", HelpName = "FILE" };
        var top = new Option<int?>("--top") { Description = "Show only the first N items (table format)", HelpName = "N" };
        var lang = LanguageOption.Create();
        var rules = new RuleOptions();
        var cache = new ResultCacheOption(output);
        var command = new Command("checklist", "Rank missing and weak links, chokepoints, foreign chokepoints and sole sources of the city's key chains, with the action and policy instrument for each, and list supply records to verify")
        {
            store, chain, format, compare, output, top, lang,
        };
        rules.AddTo(command);
        cache.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var (shape, language) = (parse.GetValue(format)!, LanguageOption.Read(parse, lang));
            var text = await cache.GetOrRenderAsync(parse, graphStore, async target =>
            {
                var document = await ChecklistUseCase.RunAsync(graphStore, parse.GetValue(chain), data => rules.Read(parse, data), token);
                if (parse.GetValue(compare) is { } old)
                    ComparisonFormatter.Write(target, document, PreviousChecklistFile.Read(old.FullName), shape, language);
                else ChecklistFormatter.Write(target, document, shape, parse.GetValue(top), language);
            }, token);
            if (parse.GetValue(output) is { } file) await File.WriteAllTextAsync(file.FullName, text, token);
            else await parse.InvocationConfiguration.Output.WriteAsync(text);
            return ExitCodes.Success;
        });
        return command;
    }
}
