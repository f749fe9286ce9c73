namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// A segment's risk: the sum of its member enterprises' scores (capped at 1) — the expected share of the owners' key
/// input lost through this segment — with its riskiest members.
/// </summary>
public sealed record SegmentRisk(
    string SegmentId,
    string Name,
    bool Key,
    int Enterprises,
    double Score,
    RiskLevel Level,
    int NeedsMitigation,
    IReadOnlyList<string> TopEnterpriseIds);
