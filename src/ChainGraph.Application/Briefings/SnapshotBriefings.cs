using ChainGraph.Application.Snapshots;
using ChainGraph.Domain.Text;

namespace ChainGraph.Application.Briefings;

/// <summary>
/// A service's briefings of a snapshot, compared with the latest quarter stored beside its store
/// (<see cref="PreviousChecklistFiles.FindStored"/>) and cached per snapshot, day and language.
/// </summary>
public static class SnapshotBriefings
{
    /// <summary>The chain's briefing as HTML, or null when the chain does not exist.</summary>
    public static string? ChainHtml(this AnalysisSnapshot snapshot, string chainId, DateOnly today, Language language) =>
        snapshot.Analyzer.Index.HasChain(chainId)
            ? snapshot.Cached($"briefing:{chainId}:{today:yyyy-MM-dd}:{language}", () => Composer(snapshot, today)
            .Chain(chainId, language).Html)
            : null;

    /// <summary>The cover summary of all chains, linking each chain's briefing under <paramref name="linkPrefix"/>.</summary>
    public static string CoverHtml(this AnalysisSnapshot snapshot, DateOnly today, string linkPrefix) =>
        snapshot.Cached($"briefing-cover:{today:yyyy-MM-dd}:{linkPrefix}", () => Composer(snapshot, today).Cover(linkPrefix));

    private static BriefingComposer Composer(AnalysisSnapshot snapshot, DateOnly today) =>
        BriefingComposer.Of(snapshot, today, PreviousChecklistFiles.FindStored(PreviousChecklistFiles.DataFolderOf(snapshot.Info.Store),
        today));
}
