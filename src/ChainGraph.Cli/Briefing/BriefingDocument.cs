using ChainGraph.Reporting;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Domain.Text;

namespace ChainGraph.Cli.Briefing;

/// <summary>The rendered briefing of one chain, or of all chains (cover first, then one page per chain), with the checklist it shows.</summary>
public sealed record BriefingDocument(string Title, string Html, IReadOnlyList<ChecklistItem> Checklist)
{
    public const string AllChains = "all";

    /// <exception cref="UsageException">The chain is unknown.</exception>
    public static BriefingDocument Render(ChainAnalyzer analyzer, string chainId, DateOnly date, long dataVersion, PreviousChecklist? previous, Language language = Language.Zh)
    {
        var checklist = analyzer.Checklist();
        var builder = new BriefingBuilder(analyzer, checklist, date, dataVersion);
        if (chainId == AllChains)
        {
            var briefings = analyzer.Index.Chains.Select(c => builder.Build(c.Id, previous)).ToList();
            return new(language == Language.Zh ? "全部重点产业链" : "all key chains", BriefingHtml.Book(briefings, analyzer.Index, date, dataVersion, language), checklist);
        }
        if (!analyzer.Index.HasChain(chainId))
            throw new UsageException($"unknown chain '{chainId}'; chains: {string.Join(", ", analyzer.Index.Chains.Select(c => c.Id))}, or {AllChains}");
        var briefing = builder.Build(chainId, previous);
        return new(briefing.Chain.Name, BriefingHtml.Chain(briefing, analyzer.Index, language), checklist);
    }
}
