using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Cli.Checklist;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph checklist`: the ranked key-chain checklist (关键卡点攻关项目清单) and the supply records to verify
/// (核实供应记录), or the changes since a previous checklist. Chinese by default, `--lang en` for English.
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
        var command = new Command("checklist", "Rank missing and weak links, chokepoints, foreign chokepoints and sole sources of the city's key chains, with the action and policy instrument for each, and list supply records to verify")
        {
            store, chain, format, compare, output, top, lang,
        };
        rules.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var dataset = await graphStore.LoadDatasetAsync(token);
            var analyzer = new ChainAnalyzer(dataset, rules.Read(parse, dataset));
            var chainId = parse.GetValue(chain);
            if (chainId is not null && !analyzer.Index.HasChain(chainId))
                throw new UsageException(
                    $"unknown chain '{chainId}'; chains: {string.Join(", ", analyzer.Index.Chains.Select(c => c.Id))}");
            var chains = chainId is null ? null : new[] { chainId };
            var items = analyzer.Checklist(chains, token);
            var summaries = ChecklistDocument.Summaries(analyzer, analyzer.Index.Chains.Where(c => chainId is null || c.Id == chainId),
                items);
            var document = new ChecklistDocument(dataset.Version, graphStore.Location, analyzer.Status.AsOf, analyzer.Settings, summaries,
                items, analyzer.SupplyRecordsToVerify(chains));
            using var writer = parse.GetValue(output) is { } file ? new StreamWriter(file.FullName) : null;
            var target = writer ?? parse.InvocationConfiguration.Output;
            var language = LanguageOption.Read(parse, lang);
            if (parse.GetValue(compare) is { } old)
                ComparisonFormatter.Write(target, document, ChecklistDocument.ReadPrevious(old.FullName), parse.GetValue(format)!,
                    language);
            else ChecklistFormatter.Write(target, document, parse.GetValue(format)!, parse.GetValue(top), language);
            return ExitCodes.Success;
        });
        return command;
    }
}
