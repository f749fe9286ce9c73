namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// One item of the key-chain checklist (产业链关键卡点攻关项目清单). <see cref="Id"/> is stable across quarters
/// (chain + segment for links, chain + enterprises for chokepoints) so two checklists can be compared.
/// Severity is in [0, 1]; <see cref="Reasons"/> explain both the finding and the score.
/// </summary>
public sealed record ChecklistItem(
    string Id,
    int Rank,
    string ChainId,
    string ChainName,
    string? SegmentId,
    string? SegmentName,
    IReadOnlyList<string> EnterpriseIds,
    IReadOnlyList<string> EnterpriseNames,
    ChecklistItemType Type,
    double Severity,
    SeverityLevel Level,
    IReadOnlyList<string> Reasons,
    ChainAction Action,
    PolicyInstrument Instrument,
    IReadOnlyList<string> OwnersThreatened,
    IReadOnlyList<IReadOnlyList<string>> EvidencePaths);

/// <summary>Severity bands: critical ≥ 0.75, high ≥ 0.55, medium ≥ 0.35, else low.</summary>
public enum SeverityLevel
{
    Low,
    Medium,
    High,
    Critical,
}

public static class SeverityLevels
{
    public static SeverityLevel Of(double severity) => severity switch
    {
        >= 0.75 => SeverityLevel.Critical,
        >= 0.55 => SeverityLevel.High,
        >= 0.35 => SeverityLevel.Medium,
        _ => SeverityLevel.Low,
    };
}
