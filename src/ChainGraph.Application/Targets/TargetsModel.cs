using ChainGraph.Analysis.Chains;

namespace ChainGraph.Application.Targets;

/// <summary>
/// One chain's whole `targets` answer as data: every checklist item of the chain, each with the first
/// <see cref="MaxCandidates"/> of every candidate list, and the chain's segment ids (to check a request's segment).
/// Answers any <see cref="TargetsRequest"/> of the chain with <see cref="TargetsRequest.Top"/> up to
/// <see cref="MaxCandidates"/> exactly as <see cref="TargetsUseCase.Run"/> would over the same data. Immutable.
/// </summary>
public sealed record TargetsModel(string ChainId, string ChainName, IReadOnlyList<string> SegmentIds, IReadOnlyList<ItemTargets> Items)
{
    /// <summary>
    /// The longest list kept per item (50): a chain of the 1M-firm preset then takes a few megabytes; a longer
    /// <c>--top</c> is computed from the data.
    /// </summary>
    public const int MaxCandidates = 50;

    /// <summary>The model of chain <paramref name="chainId"/> over the data <paramref name="analyzer"/> holds.</summary>
    /// <exception cref="InvalidRequestException">The chain is unknown.</exception>
    public static TargetsModel Build(ChainAnalyzer analyzer, string chainId, CancellationToken cancellationToken = default)
    {
        var result = TargetsUseCase.Run(analyzer, new TargetsRequest(chainId, null, MaxCandidates), cancellationToken);
        return new TargetsModel(chainId, result.ChainName, TargetsUseCase.SegmentsOf(analyzer.Index, chainId), result.Items);
    }

    /// <summary>True when <paramref name="request"/> asks for no more than the model keeps.</summary>
    public static bool Covers(TargetsRequest request) => request.Top <= MaxCandidates;

    /// <summary>The answer to <paramref name="request"/>, which must be for this chain and <see cref="Covers"/> it.</summary>
    /// <exception cref="InvalidRequestException">The segment is not one of the chain's, or the count is out of range.</exception>
    public TargetsResult Answer(TargetsRequest request)
    {
        if (request.ChainId != ChainId || !Covers(request.Validated()))
            throw new ArgumentException($"the model of chain {ChainId} does not answer {request}", nameof(request));
        TargetsUseCase.CheckSegment(request, SegmentIds);
        var shown = Items.Where(i => request.SegmentId is null || i.Item.SegmentId == request.SegmentId)
            .Select(i => i with { Candidates = i.Candidates.Take(request.Top) });
        return new TargetsResult(ChainName, [.. shown]);
    }
}
