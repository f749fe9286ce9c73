namespace ChainGraph.Analysis.Pipeline;

/// <summary>
/// Where a pipeline firm sits in a chain: a segment it serves, whether it is a key segment, and whether the checklist
/// has a foreign chokepoint ("卡脖子") there — a firm already serving that segment is a substitute candidate.
/// </summary>
public sealed record PipelinePlacement(string ChainId, string ChainName, string SegmentId, string SegmentName, bool Key,
    bool ForeignChokepoint);
