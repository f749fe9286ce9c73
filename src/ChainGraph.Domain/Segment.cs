namespace ChainGraph.Domain;

/// <summary>A stage (环节) of a chain. <see cref="Key"/> segments are the ones chokepoint analysis protects.</summary>
public sealed record Segment(string Id, string ChainId, string Name, Stage Stage, bool Key);

public enum Stage
{
    Upstream,
    Midstream,
    Downstream,
}

/// <summary>An edge of the chain template: <see cref="From"/> feeds <see cref="To"/> (upstream → downstream).</summary>
public sealed record SegmentLink(string From, string To);
