using ChainGraph.Analysis.Domain;

namespace ChainGraph.Analysis.Chains;

/// <summary>A missing (缺失) or weak (薄弱) link: a segment and the reasons it was flagged.</summary>
public sealed record LinkFinding(
    string ChainId,
    Segment Segment,
    LinkKind Kind,
    int LocalEnterprises,
    int Enterprises,
    double OutsideShare,
    double OverseasShare,
    IReadOnlyList<string> Reasons);

public enum LinkKind
{
    /// <summary>No enterprise in the city serves the segment (or none at all).</summary>
    Missing,
    /// <summary>Too few local enterprises, or most of the supply from outside the city.</summary>
    Weak,
}
