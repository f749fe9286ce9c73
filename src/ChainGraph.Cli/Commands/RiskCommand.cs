using ChainGraph.Application;
using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Risk.Assessment;
using ChainGraph.Cli.Risk;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph risk`: risk = likelihood of disruption × impact on the chain owners, per chain, segment and enterprise, with reasons.
/// </summary>
public static class RiskCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string?>("--chain") { Description = "Only this chain (id); default all chains", HelpName = "ID" };
        var enterprise = new Option<string?>(
            "--enterprise") { Description = "Explain one enterprise's risk in every chain it serves (credit code)", HelpName = "ID" };
        var top = new Option<int>("--top") { Description = "Enterprises listed per chain", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var modelFile = new Option<string?>(
            "--model-file") { Description =
            $"Model to score with (default: the current {RiskModelFile.DefaultFileName}; trained on the fly when there is none)",
            HelpName = "MODEL.zip" };
        var lang = LanguageOption.Create();
        var command = new Command("risk", "Risk of each chain, segment and enterprise: probability of disruption × share of the chain owners' key input lost, with time to recover vs time to survive and the reasons")
        {
            store, chain, enterprise, top, format, modelFile, lang,
        };
        command.SetAction(async (parse, token) =>
        {
            if (parse.GetValue(top) < 1) throw new UsageException("--top must be at least 1");
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var dataset = await graphStore.LoadDatasetAsync(token);
            var analyzer = new ChainAnalyzer(dataset);
            var chainId = parse.GetValue(chain);
            if (chainId is not null && !analyzer.Index.HasChain(chainId))
                throw new UsageException(
                    $"unknown chain '{chainId}'; chains: {string.Join(", ", analyzer.Index.Chains.Select(c => c.Id))}");
            var enterpriseId = parse.GetValue(enterprise);
            if (enterpriseId is not null && !analyzer.Index.TryGetEnterprise(enterpriseId, out _))
                throw new UsageException($"unknown enterprise '{enterpriseId}'");
            var config = parse.InvocationConfiguration;
            var model = ModelLoader.Load(parse.GetValue(modelFile), parse.GetValue(store), dataset, config.Error, token);
            var assessor = new RiskAssessor(analyzer, model, RiskSettings.Default with { IncludeResilience = enterpriseId is null });
            if (enterpriseId is not null)
            {
                var risks = assessor.AssessEnterprise(enterpriseId, token).Where(r => chainId is null || r.ChainId == chainId).ToList();
                RiskFormatter.WriteEnterprise(config.Output, risks, analyzer.Index, parse.GetValue(format)!,
                    LanguageOption.Read(parse, lang), assessor.InactiveReason(enterpriseId));
            }
            else
                RiskFormatter.WriteChains(config.Output, assessor.Assess(chainId is null ? null : [chainId], token), analyzer.Index,
                    parse.GetValue(top), parse.GetValue(format)!, LanguageOption.Read(parse, lang));
            return ExitCodes.Success;
        });
        return command;
    }
}
