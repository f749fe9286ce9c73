namespace ChainGraph.Analysis.Algorithms;

/// <summary>How a <see cref="MinimumVertexCut"/> search ended.</summary>
public enum VertexCutOutcome
{
    /// <summary>A minimum cut was found (possibly empty when the sets are already separated).</summary>
    Found,

    /// <summary>No vertex cut exists: the sets overlap or a source has an edge straight into a sink.</summary>
    Unbounded,

    /// <summary>The flow passed the size limit; only a lower bound is known.</summary>
    ExceedsLimit,
}
