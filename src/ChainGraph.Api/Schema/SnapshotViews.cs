using ChainGraph.Api.Security;

namespace ChainGraph.Api.Schema;

/// <summary>The GraphQL views of a snapshot's chains, segments and enterprises, looked up by id or position.</summary>
public static class SnapshotViews
{
    /// <summary>The chain <paramref name="id"/>, or null when there is none.</summary>
    public static ChainView? Chain(this AnalysisSnapshot snapshot, string id) =>
        snapshot.Analyzer.Index.HasChain(id) ? new ChainView(snapshot, snapshot.Analyzer.Index.Chain(id)) : null;

    /// <summary>The segment at <paramref name="index"/>.</summary>
    public static SegmentView Segment(this AnalysisSnapshot snapshot, int index) => new(snapshot, index);

    /// <summary>The segment <paramref name="id"/>, or null when there is none.</summary>
    public static SegmentView? Segment(this AnalysisSnapshot snapshot, string id) =>
        snapshot.TryGetSegment(id, out var index) ? new SegmentView(snapshot, index) : null;

    /// <summary>The enterprise at <paramref name="index"/>.</summary>
    public static EnterpriseView Enterprise(this AnalysisSnapshot snapshot, int index) => new(snapshot, index);

    /// <summary>The enterprise <paramref name="id"/>, or null when there is none.</summary>
    public static EnterpriseView? Enterprise(this AnalysisSnapshot snapshot, string id) =>
        snapshot.Analyzer.Index.TryGetEnterprise(id, out var index) ? new EnterpriseView(snapshot, index) : null;

    /// <summary>
    /// The snapshot's info as <paramref name="caller"/> may see it: the store's location only for admins, its kind otherwise.
    /// </summary>
    public static SnapshotInfo DisclosedTo(this SnapshotInfo info, Caller caller) =>
        info with { Store = Disclosure.StoreFor(caller, info.Store) };
}
