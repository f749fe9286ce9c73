namespace ChainGraph.Analysis.Chains;

/// <summary>
/// A chokepoint (关键卡点): enterprises (or one supply relation) whose loss cuts <see cref="Dependent"/> off from a
/// segment's supply. <see cref="Foreign"/> marks a 卡脖子 chokepoint (one of the enterprises is overseas).
/// Indices are enterprise and segment indices of the analysed <see cref="Domain.Dataset"/>.
/// </summary>
/// <param name="Enterprises">One enterprise (sole source, dominator), one or two (cut), or the supplier and customer of a relation
/// (bridge).</param>
/// <param name="Dependent">The enterprise that loses input: a chain owner, or for sole sources also a core firm.</param>
/// <param name="InputAtRisk">Share (0–1) of the dependent's input for the segment lost with the chokepoint.</param>
public sealed record Chokepoint(
    string ChainId,
    int Segment,
    ChokepointKind Kind,
    IReadOnlyList<int> Enterprises,
    int Dependent,
    bool Foreign,
    double InputAtRisk,
    ChokepointEvidence Evidence);

public enum ChokepointKind
{
    /// <summary>One supplier provides more than the sole-source share of a customer's input for the segment.</summary>
    SoleSource,
    /// <summary>The enterprise lies on every supply path from the segment's suppliers to the owner (a dominator).</summary>
    Dominator,
    /// <summary>A minimum vertex cut of size 1–2 between the segment's suppliers and the owner.</summary>
    Cut,
    /// <summary>A supply relation that every supply path from the segment to the owner crosses.</summary>
    Bridge,
}

/// <summary>Why a chokepoint was flagged: example supply paths (enterprise indices, supplier first), the cut, the shares.</summary>
public sealed record ChokepointEvidence(IReadOnlyList<IReadOnlyList<int>> Paths, int SuppliersReaching, string Explanation);
