using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Cli.Checklist;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>`chaingraph checklist`: the ranked key-chain checklist (关键卡点攻关项目清单), or its changes since a previous one.</summary>
public static class ChecklistCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string?>("--chain") { Description = "Only this chain (id); default all chains", HelpName = "ID" };
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var compare = new Option<FileInfo?>("--compare") { Description = "A previous checklist (JSON from --format json) to compare with: new, resolved, worsened, improved", HelpName = "OLD.json" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout", HelpName = "FILE" };
        var top = new Option<int?>("--top") { Description = "Show only the first N items (table format)", HelpName = "N" };
        var rules = new RuleOptions();
        var command = new Command("checklist", "Rank missing and weak links, chokepoints, foreign chokepoints and sole sources, with the action and policy instrument for each")
        {
            store, chain, format, compare, output, top,
        };
        rules.AddTo(command);
        command.SetAction((parse, token) =>
        {
            using var graphStore = StoreFactory.Open(parse.GetValue(store));
            var dataset = graphStore.LoadDataset(token);
            var analyzer = new ChainAnalyzer(dataset, rules.Read(parse));
            var chainId = parse.GetValue(chain);
            if (chainId is not null && !analyzer.Index.HasChain(chainId))
                throw new UsageException($"unknown chain '{chainId}'; chains: {string.Join(", ", analyzer.Index.Chains.Select(c => c.Id))}");
            var items = analyzer.Checklist(chainId is null ? null : [chainId], token);
            var document = new ChecklistDocument(dataset.Version, graphStore.Location, analyzer.Settings, items);
            using var writer = parse.GetValue(output) is { } file ? new StreamWriter(file.FullName) : null;
            var target = writer ?? parse.InvocationConfiguration.Output;
            if (parse.GetValue(compare) is { } old) ChecklistFormatter.WriteComparison(target, document, ChecklistDocument.ReadPrevious(old.FullName), parse.GetValue(format)!);
            else ChecklistFormatter.Write(target, document, parse.GetValue(format)!, parse.GetValue(top));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
