using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Checklist;

/// <summary>
/// A chain's health level with its evidence: <see cref="ShareAtRisk"/> (0–1) of the chain's local purchasing lies in
/// segments with a critical or high item, touching <see cref="KeySegmentsAtRisk"/> of its <see cref="KeySegments"/> key
/// segments; <see cref="MediumShare"/> is the same share for medium items. <see cref="Why"/> is the one sentence a
/// briefing prints ("预警：…").
/// </summary>
public sealed record ChainHealthAssessment(
    HealthGrade Grade,
    double ShareAtRisk,
    int KeySegmentsAtRisk,
    int KeySegments,
    double MediumShare,
    int Critical,
    int High,
    Localized Why);
