using ChainGraph.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>Baselines by segment id and by chain id (a segment's own row wins), read from the bureau's rules file.</summary>
public sealed class SegmentBaselines(IReadOnlyDictionary<string, SegmentBaseline> bySegmentOrChain, SegmentBaseline? fallback = null)
{
    public static SegmentBaselines Empty { get; } = new(new Dictionary<string, SegmentBaseline>());

    /// <summary>The rows, keyed by the segment or chain id they name.</summary>
    public IReadOnlyDictionary<string, SegmentBaseline> Rows => bySegmentOrChain;

    /// <summary>The row for <c>*</c> (every other segment), if the file has one.</summary>
    public SegmentBaseline? Fallback => fallback;

    public SegmentBaseline? Find(Segment segment) =>
        bySegmentOrChain.GetValueOrDefault(segment.Id) ?? bySegmentOrChain.GetValueOrDefault(segment.ChainId) ?? fallback;
}
