namespace ChainGraph.Application.Targets;

/// <summary>
/// `chaingraph targets`' question: the checklist items of chain <paramref name="ChainId"/> (only segment
/// <paramref name="SegmentId"/>'s when set), each with its first <paramref name="Top"/> candidates of every list.
/// </summary>
public sealed record TargetsRequest(string ChainId, string? SegmentId, int Top)
{
    /// <summary>Checks what needs no data.</summary>
    /// <exception cref="InvalidRequestException"><see cref="Top"/> is below 1.</exception>
    public TargetsRequest Validated() =>
        Top >= 1 ? this : throw new InvalidRequestException($"--top must be at least 1 (got {Top})");
}
