using System.CommandLine;
using ChainGraph.Analysis.Chains;
using ChainGraph.Domain;
using ChainGraph.Analysis.Pipeline;
using ChainGraph.Cli.Pipeline;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph pipeline`: the cultivation pipeline (梯度培育) — firms near or ready for the next rung of the recognition
/// ladder or a 登峰计划 tier, first-time tier crossings (with last year's output), and where each sits in the chains.
/// </summary>
public static class PipelineCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string?>("--chain") { Description = "Only firms serving this chain (id); default all chains",
            HelpName = "ID" };
        var rung = new Option<string?>("--rung") { Description = $"Only this rung ({Vocabulary.Words<PipelineRung>()})",
            HelpName = "RUNG" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var prior = new Option<FileInfo?>(
            "--prior-output") { Description =
            "Last year's output: CSV with id (or enterprise_id) and annual_output, e.g. last year's enterprises.csv",
            HelpName = "FILE.csv" };
        var margin = new Option<double>(
            "--near-margin") { Description = "Near: every missed criterion within this share of its threshold (0–1)",
            DefaultValueFactory = _ => PipelineCriteria.Default.NearMargin, HelpName = "X" };
        var lang = LanguageOption.Create();
        var cache = new ResultCacheOption();
        var command = new Command("pipeline", "List the cultivation pipeline (梯度培育): firms near the next rung (创新型中小企业 → 专精特新 → 小巨人 → 单项冠军, 登峰 tiers), first-time tier crossings, and where each sits in the chains")
        {
            store, chain, rung, format, prior, margin, lang,
        };
        cache.AddTo(command);
        command.SetAction(async (parse, token) =>
        {
            var criteria = PipelineCriteria.Default with { NearMargin = Margin(parse.GetValue(margin)) };
            var rungFilter = Rung(parse.GetValue(rung));
            var priorOutput = parse.GetValue(prior) is { } file ? ReadPrior(file) : null;
            return await cache.PrintAsync(parse, store, async (graphStore, output) =>
            {
                var analyzer = new ChainAnalyzer(await graphStore.LoadDatasetAsync(token));
                var chainId = parse.GetValue(chain);
                if (chainId is not null && !analyzer.Index.HasChain(chainId))
                    throw new UsageException(
                        $"unknown chain '{chainId}'; chains: {string.Join(", ", analyzer.Index.Chains.Select(c => c.Id))}");
                var report = PipelineBuilder.Build(analyzer, analyzer.Checklist(cancellationToken: token), criteria, priorOutput, token);
                PipelineFormatter.Write(output, report, report.Select(chainId, rungFilter), parse.GetValue(format)!,
                    LanguageOption.Read(parse, lang));
            }, token);
        });
        return command;
    }

    private static double Margin(double margin) =>
        margin is >= 0 and < 1 ? margin : throw new UsageException("--near-margin must be at least 0 and below 1");

    private static PipelineRung? Rung(string? word) => word is null ? null
        : Vocabulary.TryParse<PipelineRung>(word, out var rung) ? rung
        : throw new UsageException($"--rung: '{word}' is not a rung ({Vocabulary.Words<PipelineRung>()})");

    private static IReadOnlyDictionary<string, double> ReadPrior(FileInfo file)
    {
        if (!file.Exists) throw new UsageException($"--prior-output: {file.FullName} does not exist");
        using var reader = new StreamReader(file.FullName);
        return PriorOutputFile.Read(reader, file.FullName);
    }
}
