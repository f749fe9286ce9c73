using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Owners;
using ChainGraph.Cli.Risk;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph owners`: chain-owner candidates with evidence per criterion (第12条 of the manufacturing measures, a draft), flagged recorded
/// owners, 登峰计划 tiers.
/// </summary>
public static class OwnersCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string?>("--chain") { Description = "Only this chain (id); default all chains", HelpName = "ID" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var minimumSegments = new Option<int>("--min-input-segments") { Description = "System integration: distinct input segments bought",
            DefaultValueFactory = _ => OwnerCriteria.Default.MinimumInputSegments };
        var minimumSuppliers = new Option<int>(
            "--min-local-suppliers") { Description = "Pull: local direct suppliers (or --min-local-value)",
            DefaultValueFactory = _ => OwnerCriteria.Default.MinimumLocalSuppliers };
        var lang = LanguageOption.Create();
        var command = new Command("owners", "Identify chain owners (链主) from the data with evidence per criterion, flag recorded owners that no longer qualify, and list 登峰计划 tiers")
        {
            store, chain, format, minimumSegments, minimumSuppliers, lang,
        };
        command.SetAction(async (parse, token) =>
        {
            if (parse.GetValue(minimumSegments) < 0 || parse.GetValue(minimumSuppliers) < 0)
                throw new UsageException("thresholds must not be negative");
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var index = new ChainIndex(await graphStore.LoadDatasetAsync(token));
            var chainId = parse.GetValue(chain);
            if (chainId is not null && !index.HasChain(chainId))
                throw new UsageException($"unknown chain '{chainId}'; chains: {string.Join(", ", index.Chains.Select(c => c.Id))}");
            var criteria = OwnerCriteria.Default with { MinimumInputSegments = parse.GetValue(minimumSegments),
                MinimumLocalSuppliers = parse.GetValue(minimumSuppliers) };
            var report = ChainOwnerIdentifier.Identify(index, criteria, chainId is null ? null : [chainId]);
            OwnersFormatter.Write(parse.InvocationConfiguration.Output, report, index, parse.GetValue(format)!,
                LanguageOption.Read(parse, lang));
            return ExitCodes.Success;
        });
        return command;
    }
}
