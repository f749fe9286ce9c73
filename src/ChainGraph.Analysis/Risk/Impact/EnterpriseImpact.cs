using ChainGraph.Domain.Text;
using System.Globalization;

namespace ChainGraph.Analysis.Risk.Impact;

/// <summary>
/// The structural impact on a chain of losing one enterprise.
/// <see cref="StructuralImpact"/> (0–1): Σ over the chain's owners of (owner output share × share of its input for its
/// worst-hit key segment that is lost) — "how much of the owners' key input goes, output-weighted".
/// <see cref="LostOutput"/> (亿元): owners' output lost while the enterprise recovers, Σ output × net loss × days
/// uncovered by inventory ÷ 365. <see cref="ExposureIndex"/> (0–1): <see cref="LostOutput"/> over the chain's worst node
/// (the risk exposure index). <see cref="NeedsMitigation"/>: its time to recover exceeds some owner's time to survive.
/// </summary>
public sealed record EnterpriseImpact(
    string EnterpriseId,
    int Enterprise,
    string ChainId,
    double StructuralImpact,
    double LostOutput,
    double ExposureIndex,
    double TimeToRecoverDays,
    double? TimeToSurviveDays,
    bool NeedsMitigation,
    IReadOnlyList<OwnerExposure> Owners,
    IReadOnlyList<Localized> Chokepoints)
{
    /// <summary>A one-line reading of the impact.</summary>
    public string Describe()
    {
        var worst = Owners.OrderByDescending(o => o.Weight * o.InputLost).FirstOrDefault();
        if (worst is null) return "no chain owner depends on it";
        var tts = TimeToSurviveDays is { } d ? $"{d:0} days" : "indefinitely";
        return string.Create(CultureInfo.InvariantCulture, $"owners lose {StructuralImpact:0.0%} of key input (worst: {worst.InputLost:0%} of {worst.SegmentId ?? "its own output"}); recovers in {TimeToRecoverDays:0} days, owners survive {tts}");
    }
}
