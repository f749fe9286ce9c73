using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Checklist;
using ChainGraph.Application.Snapshots;
using ChainGraph.Domain.Text;
using ChainGraph.Reporting;

namespace ChainGraph.Application.Briefings;

/// <summary>
/// Composes the leadership briefing (产业链安全简报) of one data version, date and earlier quarter: one chain's page, the
/// book of all chains, or the cover that links them. The one composition the API's pages and <c>chaingraph briefing</c>
/// share. Immutable; thread-safe.
/// </summary>
public sealed class BriefingComposer
{
    private readonly ChainAnalyzer _analyzer;
    private readonly BriefingBuilder _builder;
    private readonly DateOnly _date;
    private readonly long _dataVersion;
    private readonly PreviousChecklist? _previous;

    /// <summary>A composer over <paramref name="checklist"/>, compared with <paramref name="previous"/> (none: no changes shown).</summary>
    public BriefingComposer(ChainAnalyzer analyzer, IReadOnlyList<ChecklistItem> checklist, DateOnly date, long dataVersion,
        PreviousChecklist? previous)
    {
        _analyzer = analyzer;
        _builder = new BriefingBuilder(analyzer, checklist, date, dataVersion);
        _date = date;
        _dataVersion = dataVersion;
        _previous = previous;
        Checklist = checklist;
    }

    /// <summary>The checklist the briefings show.</summary>
    public IReadOnlyList<ChecklistItem> Checklist { get; }

    /// <summary>A composer over <paramref name="snapshot"/>'s cached checklist.</summary>
    public static BriefingComposer Of(AnalysisSnapshot snapshot, DateOnly date, PreviousChecklist? previous) =>
        new(snapshot.Analyzer, snapshot.Checklist(), date, snapshot.Version, previous);

    /// <summary>The briefing of chain <paramref name="chainId"/>.</summary>
    /// <exception cref="KeyNotFoundException">The chain does not exist.</exception>
    public BriefingDocument Chain(string chainId, Language language)
    {
        if (!_analyzer.Index.HasChain(chainId)) throw new KeyNotFoundException($"unknown chain '{chainId}'");
        var briefing = _builder.Build(chainId, _previous);
        return new(briefing.Chain.Name, BriefingHtml.Chain(briefing, _analyzer.Index, language), Checklist);
    }

    /// <summary>The book of every chain: the cover, then one page per chain.</summary>
    public BriefingDocument AllChains(Language language) =>
        new(language == Language.Zh
            ? "全部重点产业链"
            : "all key chains", BriefingHtml.Book(Briefings(), _analyzer.Index, _date, _dataVersion, language), Checklist);

    /// <summary>The cover summary of every chain, linking each chain's briefing under <paramref name="linkPrefix"/>.</summary>
    public string Cover(string linkPrefix) => BriefingHtml.Cover(Briefings(), _date, _dataVersion, linkPrefix);

    private List<ChainBriefing> Briefings() => [.. _analyzer.Index.Chains.Select(c => _builder.Build(c.Id, _previous))];
}
