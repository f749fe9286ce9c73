using ChainGraph.Analysis.Chains;
using ChainGraph.Storage;

namespace ChainGraph.Application.Targets;

/// <summary>
/// Substitutes, attraction targets and local expansion candidates for each checklist item of one chain (issue 12
/// item 8): the checklist of that chain only, then each item's ranked candidate lists cut to the requested length.
/// With <see cref="TargetsModels"/>, a request the chain's persisted <see cref="TargetsModel"/> covers is answered from
/// it without loading the data; a missing or unsound model is built from the data and stored.
/// </summary>
public static class TargetsUseCase
{
    /// <summary>
    /// Answers <paramref name="request"/> about <paramref name="store"/>'s data: from the chain's model in
    /// <paramref name="models"/> when there is one and it covers the request, else from the loaded data.
    /// </summary>
    /// <exception cref="InvalidRequestException">The chain, the segment or the count is unknown or out of range.</exception>
    public static async Task<TargetsResult> RunAsync(IGraphStore store, TargetsRequest request, TargetsModels? models = null,
        CancellationToken cancellationToken = default)
    {
        request.Validated();
        if (models is null || !TargetsModel.Covers(request))
            return Run(await AnalyzerAsync(store, cancellationToken).ConfigureAwait(false), request, cancellationToken);
        var key = await models.KeyForAsync(store, request.ChainId, cancellationToken).ConfigureAwait(false);
        if (models.TryGet(key) is { } model) return model.Answer(request);
        var analyzer = await AnalyzerAsync(store, cancellationToken).ConfigureAwait(false);
        CheckChain(analyzer.Index, request);
        var built = TargetsModel.Build(analyzer, request.ChainId, cancellationToken);
        models.Add(key, built);
        return built.Answer(request);
    }

    /// <summary>Answers <paramref name="request"/> over the data <paramref name="analyzer"/> holds.</summary>
    /// <exception cref="InvalidRequestException">The chain, the segment or the count is unknown or out of range.</exception>
    public static TargetsResult Run(ChainAnalyzer analyzer, TargetsRequest request, CancellationToken cancellationToken = default)
    {
        CheckChain(analyzer.Index, request.Validated());
        CheckSegment(request, SegmentsOf(analyzer.Index, request.ChainId));
        var items = analyzer.Checklist([request.ChainId], cancellationToken);
        var shown = items.Where(i => request.SegmentId is null || i.SegmentId == request.SegmentId)
            .Select(i => new ItemTargets(i, analyzer.Candidates(i, items).Take(request.Top)));
        return new TargetsResult(analyzer.Index.Chain(request.ChainId).Name, [.. shown]);
    }

    /// <summary>The ids of chain <paramref name="chainId"/>'s segments, in the data's order.</summary>
    internal static IReadOnlyList<string> SegmentsOf(ChainIndex index, string chainId) =>
        [.. index.Dataset.Segments.Where(s => s.ChainId == chainId).Select(s => s.Id)];

    /// <exception cref="InvalidRequestException">The request names a segment not among <paramref name="segments"/>.</exception>
    internal static void CheckSegment(TargetsRequest request, IReadOnlyList<string> segments)
    {
        if (request.SegmentId is not null && !segments.Contains(request.SegmentId))
            throw new InvalidRequestException(
                $"--segment: unknown segment '{request.SegmentId}' of chain {request.ChainId}; segments: {string.Join(", ", segments)}");
    }

    private static async Task<ChainAnalyzer> AnalyzerAsync(IGraphStore store, CancellationToken cancellationToken) =>
        new(await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false));

    private static void CheckChain(ChainIndex index, TargetsRequest request)
    {
        if (!index.HasChain(request.ChainId))
            throw new InvalidRequestException(
                $"unknown chain '{request.ChainId}'; chains: {string.Join(", ", index.Chains.Select(c => c.Id))}");
    }
}
