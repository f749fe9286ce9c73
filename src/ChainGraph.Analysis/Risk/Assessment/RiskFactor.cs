using ChainGraph.Domain.Text;

namespace ChainGraph.Analysis.Risk.Assessment;

/// <summary>
/// One reason behind a risk score. <see cref="Source"/> is <c>likelihood</c> (a model feature; <see cref="Value"/> is its
/// log-odds contribution) or <c>impact</c> (an owner's loss, a chokepoint finding, the recovery-time test; <see cref="Value"/>
/// is the share lost or the days short). <see cref="Text"/> says it in both languages; <see cref="Detail"/> is the Chinese.
/// </summary>
public sealed record RiskFactor(string Source, string Name, double Value, Localized Text)
{
    public string Detail => Text.Zh;
}
