using ChainGraph.Analysis.Chains;
using ChainGraph.Storage;

namespace ChainGraph.Application.Targets;

/// <summary>
/// Substitutes, attraction targets and local expansion candidates for each checklist item of one chain (issue 12
/// item 8): the checklist of that chain only, then each item's ranked candidate lists cut to the requested length.
/// </summary>
public static class TargetsUseCase
{
    /// <summary>Loads <paramref name="store"/>'s data and answers <paramref name="request"/>.</summary>
    /// <exception cref="InvalidRequestException">The chain, the segment or the count is unknown or out of range.</exception>
    public static async Task<TargetsResult> RunAsync(IGraphStore store, TargetsRequest request,
        CancellationToken cancellationToken = default)
    {
        request.Validated();
        var dataset = await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false);
        return Run(new ChainAnalyzer(dataset), request, cancellationToken);
    }

    /// <summary>Answers <paramref name="request"/> over the data <paramref name="analyzer"/> holds.</summary>
    /// <exception cref="InvalidRequestException">The chain, the segment or the count is unknown or out of range.</exception>
    public static TargetsResult Run(ChainAnalyzer analyzer, TargetsRequest request, CancellationToken cancellationToken = default)
    {
        Check(analyzer.Index, request.Validated());
        var items = analyzer.Checklist([request.ChainId], cancellationToken);
        var shown = items.Where(i => request.SegmentId is null || i.SegmentId == request.SegmentId)
            .Select(i => new ItemTargets(i, analyzer.Candidates(i, items).Take(request.Top)));
        return new TargetsResult(analyzer.Index.Chain(request.ChainId).Name, [.. shown]);
    }

    private static void Check(ChainIndex index, TargetsRequest request)
    {
        if (!index.HasChain(request.ChainId))
            throw new InvalidRequestException(
                $"unknown chain '{request.ChainId}'; chains: {string.Join(", ", index.Chains.Select(c => c.Id))}");
        var segments = index.Dataset.Segments.Where(s => s.ChainId == request.ChainId).Select(s => s.Id).ToList();
        if (request.SegmentId is not null && !segments.Contains(request.SegmentId))
            throw new InvalidRequestException(
                $"--segment: unknown segment '{request.SegmentId}' of chain {request.ChainId}; segments: {string.Join(", ", segments)}");
    }
}
