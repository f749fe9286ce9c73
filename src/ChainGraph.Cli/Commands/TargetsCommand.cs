using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;
using ChainGraph.Cli.Checklist;
using ChainGraph.Storage;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph targets --chain ID [--segment ID] [--top N] [--format table|json] [--lang en]`: for each checklist item of
/// one chain, the ranked substitutes (替代候选), attraction targets (招商目标) and local firms that could expand, with their
/// reasons, and the instrument's amount. Touches only the chain's segments. Chinese table by default.
/// </summary>
public static class TargetsCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var chain = new Option<string>("--chain") { Description = "The chain (id)", HelpName = "ID", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Only this segment's items (id)", HelpName = "ID" };
        var top = new Option<int>("--top") { Description = "Candidates per list (default 10)", HelpName = "N",
            DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = LanguageOption.Create();
        var command = new Command("targets",
            "Substitutes, attraction targets and local expansion candidates for each checklist item of a chain, ranked with reasons")
        {
            store, chain, segment, top, format, lang,
        };
        command.SetAction(async (parse, token) =>
        {
            using var graphStore = await StoreFactory.OpenAsync(parse.GetValue(store), cancellationToken: token);
            var analyzer = new ChainAnalyzer(await graphStore.LoadDatasetAsync(token));
            var (chainId, segmentId, count) = (parse.GetValue(chain)!, parse.GetValue(segment), parse.GetValue(top));
            Check(analyzer.Index, chainId, segmentId, count);
            var items = analyzer.Checklist([chainId], token);
            var shown = items.Where(i => segmentId is null || i.SegmentId == segmentId)
                .Select(i => (Item: i, Candidates: analyzer.Candidates(i, items).Take(count))).ToList();
            var language = LanguageOption.Read(parse, lang);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") WriteJson(output, analyzer.Index.Chain(chainId).Name, shown, language);
            else WriteTable(output, analyzer.Index.Chain(chainId).Name, shown, language);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Check(ChainIndex index, string chainId, string? segmentId, int top)
    {
        if (!index.HasChain(chainId))
            throw new UsageException($"unknown chain '{chainId}'; chains: {string.Join(", ", index.Chains.Select(c => c.Id))}");
        var segments = index.Dataset.Segments.Where(s => s.ChainId == chainId).Select(s => s.Id).ToList();
        if (segmentId is not null && !segments.Contains(segmentId))
            throw new UsageException(
                $"--segment: unknown segment '{segmentId}' of chain {chainId}; segments: {string.Join(", ", segments)}");
        if (top < 1) throw new UsageException($"--top must be at least 1 (got {top})");
    }

    private static void WriteJson(TextWriter output, string chain, List<(ChecklistItem Item, ItemCandidates Candidates)> shown,
        Language language) =>
        output.WriteLine(JsonSerializer.Serialize(new
        {
            chain,
            items = shown.Select(s => new
            {
                s.Item.Id, s.Item.Rank, title = PreviousItems.Title(s.Item), s.Item.Type, s.Item.Severity, s.Item.Instrument,
                s.Candidates.Substitutes, s.Candidates.AttractionTargets, s.Candidates.LocalExpansion,
            }),
        }, CandidateJson.Options(language)));

    private static void WriteTable(TextWriter output, string chain, List<(ChecklistItem Item, ItemCandidates Candidates)> shown,
        Language language)
    {
        var zh = language == Language.Zh;
        output.WriteLine(zh ? $"{chain}：替代候选与招商目标（{shown.Count} 项）" : $"{chain}: substitutes and attraction targets ({shown.Count} items)");
        foreach (var (item, candidates) in shown)
        {
            output.WriteLine();
            var severity = item.Severity.ToString("0.00", CultureInfo.InvariantCulture);
            output.WriteLine($"{item.Rank,3}. [{ChecklistWords.Level(item.Level, language)} {severity}] {ChecklistWords.Type(item.Type, language)} · {PreviousItems.Title(item)}");
            output.WriteLine($"     {item.Instrument.Cite(language)}{(zh ? "：" : ": ")}{item.Instrument.BasisIn(language)}");
            List(output, zh ? "替代候选" : "substitutes", candidates.Substitutes, language);
            List(output, zh ? "招商目标" : "attraction targets", candidates.AttractionTargets, language);
            List(output, zh ? "本地扩产" : "local expansion", candidates.LocalExpansion, language);
            if (candidates.Substitutes.Count + candidates.AttractionTargets.Count + candidates.LocalExpansion.Count == 0)
                output.WriteLine(zh ? "     无候选：没有其他在营企业供应该环节" : "     no candidate: no other live firm serves this segment");
        }
    }

    private static void List(TextWriter output, string label, IReadOnlyList<Candidate> candidates, Language language)
    {
        if (candidates.Count == 0) return;
        output.WriteLine($"     {label}{(language == Language.Zh ? "：" : ":")}");
        foreach (var (c, i) in candidates.Select((c, i) => (c, i + 1)))
            output.WriteLine($"       {i,2}. {CandidateLines.Short(c, language)}{(language == Language.Zh ? "：" : ": ")}{string.Join(language == Language.Zh ? "；" : "; ", c.ReasonsIn(language))}");
    }
}
